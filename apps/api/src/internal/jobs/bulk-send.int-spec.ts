import { Readable } from 'node:stream';
import { Workbook } from 'exceljs';
import { InternalApiClient, InternalApiError, UploadResult } from '@herald/contracts';
import { Service, TEAM_PERMISSIONS, TeamPermission, TemplateVersion } from '@herald/domain';
import { DataSource } from 'typeorm';
import { SessionRepository } from '@herald/persistence';
import { aTestConfig, eventually, HeraldUnderTest } from '@herald/testing';

/** Bulk sends through the internal API, as the admin drives them (file streamed as the request body). */
describe('bulk sends (internal API)', () => {
  let herald: HeraldUnderTest;
  let service: Service;
  let template: TemplateVersion;
  let sender: InternalApiClient;

  beforeAll(async () => {
    herald = await HeraldUnderTest.start(await aTestConfig(), { worker: true });
    service = await herald.scenario.aService();
    template = await herald.scenario.anEmailTemplate(service.id, { subject: 'Your ((reference))', content: 'Dear ((name)), your reference is ((reference)).' });
    sender = await clientOf(service.id, [...TEAM_PERMISSIONS]);
  });
  afterAll(() => herald.stop());

  async function clientOf(serviceId: string, permissions: TeamPermission[]): Promise<InternalApiClient> {
    const user = await herald.scenario.aUser({ serviceId, permissions });
    return new InternalApiClient(herald.baseUrl, (await herald.get(SessionRepository).open(user.id)).token);
  }

  const csvOf = (rows: number, broken: (row: number) => string[] | null = () => null): string[] => [
    'email address,name,reference\n',
    ...Array.from({ length: rows }, (_, i) => `${(broken(i + 2) ?? [`person${i}@example.com`, `Person ${i}`, `REF-${i}`]).join(',')}\n`),
  ];
  const upload = (lines: string[], fileName = 'people.csv', client = sender): Promise<UploadResult> =>
    client.jobs.upload(service.id, template.id, fileName, Readable.from(lines));

  it('reports every bad row of a file by row number and column, and keeps nothing of it', async () => {
    const result = await upload(csvOf(1000, (row) => (row === 17 ? ['not-an-email', 'Kim', 'REF'] : row === 803 ? ['kim@example.com', '', 'REF'] : null)));
    expect(result).toEqual({
      ok: false,
      rowCount: 1000,
      problemCount: 2,
      problems: [
        { row: 17, column: 'email address', message: 'Not a valid email address', code: 'invalid-recipient' },
        { row: 803, column: 'name', message: 'Empty: every placeholder needs a value', code: 'empty-cell' },
      ],
    });
  });

  it('names a missing placeholder column', async () => {
    const result = await upload(['email address,name\n', 'kim@example.com,Kim\n']);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ row: 1, column: 'reference', message: 'Missing column: the file needs a column called ‘reference’', code: 'missing-column' }],
    });
  });

  it('shows the first 50 problems and counts them all', async () => {
    const result = await upload(csvOf(120, () => ['bad', 'Kim', 'REF']));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(50);
    expect(result.problemCount).toBe(120);
  });

  it('sends a good file as a job at bulk priority, and reports each row', async () => {
    const result = await upload(csvOf(300));
    expect(result).toMatchObject({ ok: true, rowCount: 300 });
    if (!result.ok) return;
    const summary = await sender.jobs.summary(service.id, template.id, result.uploadId);
    expect(summary).toMatchObject({
      rowCount: 300,
      fileName: 'people.csv',
      firstMessage: { recipient: 'person0@example.com', subject: 'Your REF-0', body: 'Dear Person 0, your reference is REF-0.' },
    });

    const { jobId } = await sender.jobs.start(service.id, template.id, result.uploadId);
    expect(await sender.jobs.start(service.id, template.id, result.uploadId)).toEqual({ jobId });
    const done = await eventually(
      async () => {
        const progress = await sender.jobs.progress(service.id, jobId);
        expect(progress.complete).toBe(true);
        return progress;
      },
      60000,
      250,
    );
    expect(done).toMatchObject({ status: 'finished', rowCount: 300, sent: 300, percentSent: 100 });
    expect((await sender.jobs.list(service.id)).map((j) => j.id)).toContain(jobId);

    const report = (await (await sender.jobs.report(service.id, jobId)).text()).trim().split('\r\n');
    expect(report[0]).toBe('Row number,Recipient,Status,Time');
    expect(report).toHaveLength(301);
    expect(report[1]).toMatch(/^2,person0@example\.com,(sending|delivered),\d{4}-/);
  });

  it('checks and stores a generated 100,000-row file streamed in, a chunk of 1,000 rows at a time', async () => {
    // Generated as it is sent: the file never exists whole, here or in the API (memory is reported by `npm run bench:bulk`).
    function* rows(): Generator<string> {
      yield 'email address,name,reference\n';
      for (let i = 0; i < 100_000; i += 1) yield `person${i}@example.com,Person ${i},REF-${i}\n`;
    }
    const result = await sender.jobs.upload(service.id, template.id, 'hundred-thousand.csv', Readable.from(rows()));
    expect(result).toMatchObject({ ok: true, rowCount: 100_000 });
    if (!result.ok) return;
    const [chunks] = await herald
      .get(DataSource)
      .query('SELECT COUNT(*) AS chunks, SUM(row_count) AS rows FROM upload_chunks WHERE upload_id = $1', [result.uploadId]);
    expect({ chunks: Number(chunks.chunks), rows: Number(chunks.rows) }).toEqual({ chunks: 100, rows: 100_000 });
  }, 120_000);

  it('reads an XLSX workbook as it streams in', async () => {
    const book = new Workbook();
    const sheet = book.addWorksheet('People');
    sheet.addRow(['Email address', 'Name', 'Reference']);
    sheet.addRow(['kim@example.com', 'Kim', 'A1']);
    sheet.addRow(['bad address', 'Lee', 'A2']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const result = await sender.jobs.upload(service.id, template.id, 'people.xlsx', Readable.from([bytes]));
    expect(result).toMatchObject({ ok: false, rowCount: 2, problems: [{ row: 3, column: 'email address', message: 'Not a valid email address' }] });
  });

  it('sends only to the team and guest list while the service is in trial mode', async () => {
    const trial = await herald.scenario.aService({ live: false });
    const trialTemplate = await herald.scenario.anEmailTemplate(trial.id, { subject: 'Hi', content: 'Hello ((name))' });
    const user = await herald.scenario.aUser({ serviceId: trial.id, emailAddress: `member-${Date.now()}@example.gov.uk` });
    await herald.scenario.aGuestListEntry(trial.id, 'guest@example.com');
    const client = new InternalApiClient(herald.baseUrl, (await herald.get(SessionRepository).open(user.id)).token);
    const lines = ['email address,name\n', `${user.emailAddress.toUpperCase()},Me\n`, 'guest@example.com,Guest\n', 'stranger@example.com,Stranger\n'];
    const result = await client.jobs.upload(trial.id, trialTemplate.id, 'trial.csv', Readable.from(lines));
    expect(result).toMatchObject({
      ok: false,
      problemCount: 1,
      problems: [
        {
          row: 4,
          column: 'email address',
          message: 'Can’t send to this recipient when service is in trial mode – see https://www.notifications.service.gov.uk/trial-mode',
        },
      ],
    });
  });

  it('refuses a member without the send permission (403) and another service’s member (404)', async () => {
    const viewer = await clientOf(service.id, ['view_dashboard']);
    const stranger = await clientOf((await herald.scenario.aService()).id, [...TEAM_PERMISSIONS]);
    await expect(upload(csvOf(1), 'people.csv', viewer)).rejects.toMatchObject({ status: 403 });
    await expect(upload(csvOf(1), 'people.csv', stranger)).rejects.toBeInstanceOf(InternalApiError);
    await expect(stranger.jobs.list(service.id)).rejects.toMatchObject({ status: 404 });
    const mine = await upload(csvOf(2));
    if (!mine.ok) throw new Error('upload refused');
    const { jobId } = await sender.jobs.start(service.id, template.id, mine.uploadId);
    // Another service's member, even naming their own service, finds none of these.
    const theirService = (await herald.scenario.aService()).id;
    const outsider = await clientOf(theirService, [...TEAM_PERMISSIONS]);
    for (const attempt of [
      () => stranger.jobs.progress(service.id, jobId),
      () => stranger.jobs.report(service.id, jobId),
      () => stranger.jobs.summary(service.id, template.id, mine.uploadId),
      () => stranger.jobs.start(service.id, template.id, mine.uploadId),
      () => outsider.jobs.progress(theirService, jobId),
      () => outsider.jobs.report(theirService, jobId),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ status: 404 });
    }
    expect(await viewer.jobs.list(service.id)).toEqual(expect.any(Array));
  });
});
