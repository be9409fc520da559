import { LoopbackSftp } from '@herald/testing';
import { SftpPrintProvider } from './sftp-print.provider';

const id1 = '11111111-1111-4111-8111-111111111111';
const id2 = '22222222-2222-4222-8222-222222222222';

describe('the SFTP print provider', () => {
  const server = new LoopbackSftp();
  let provider: SftpPrintProvider;

  beforeAll(async () => {
    await server.start();
    provider = new SftpPrintProvider({
      host: '127.0.0.1',
      port: server.port,
      username: server.username,
      password: server.password,
      privateKey: null,
      path: '/print/in',
    });
  });

  afterAll(() => server.stop());

  it('uploads each PDF and then the manifest into a folder of the batch', async () => {
    const accepted = await provider.sendBatch('batch-1', [
      { notificationId: id1, reference: 'AAAAAAAAAAAAAAAA', postage: 'second', pageCount: 1, pdf: Buffer.from('%PDF-one') },
      { notificationId: id2, reference: 'BBBBBBBBBBBBBBBB', postage: 'first', pageCount: 3, pdf: Buffer.from('%PDF-two') },
    ]);
    expect(accepted).toEqual({ provider: 'sftp-print', reference: 'batch-1', status: 'sending' });
    expect(server.list('/print/in/batch-1')).toEqual([`${id1}.pdf`, `${id2}.pdf`, 'manifest.csv']);
    expect(server.read(`/print/in/batch-1/${id2}.pdf`).toString()).toBe('%PDF-two');
    expect(server.read('/print/in/batch-1/manifest.csv').toString()).toBe(
      `notification_id,reference,postage,page_count,file\n${id1},AAAAAAAAAAAAAAAA,second,1,${id1}.pdf\n${id2},BBBBBBBBBBBBBBBB,first,3,${id2}.pdf\n`,
    );
  });

  it('reads each response file once, then moves it aside', async () => {
    expect(await provider.collectOutcomes()).toEqual([]);
    server.put('/print/in/responses/day-1.csv', `notification_id,status\n${id1},posted\n${id2},returned\n`);
    expect(await provider.collectOutcomes()).toEqual([
      { notificationId: id1, status: 'delivered' },
      { notificationId: id2, status: 'returned-letter' },
    ]);
    expect(server.list('/print/in/responses/processed')).toEqual(['day-1.csv']);
    expect(await provider.collectOutcomes()).toEqual([]);
  });

  it('says a wrong password is a retryable provider error', async () => {
    const wrong = new SftpPrintProvider({
      host: '127.0.0.1',
      port: server.port,
      username: server.username,
      password: 'wrong-password',
      privateKey: null,
      path: '/print/in',
    });
    await expect(wrong.collectOutcomes()).rejects.toMatchObject({ name: 'ProviderError', kind: 'retryable' });
  });
});
