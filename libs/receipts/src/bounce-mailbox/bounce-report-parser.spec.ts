import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBounceReport } from './bounce-report-parser';
import { parseDeliveryStatus, statusFromDeliveryReport } from './delivery-status';

const fixture = (name: string, notificationId: string) =>
  Buffer.from(readFileSync(join(__dirname, '../../../../test/fixtures/bounces', name), 'utf8').replace(/NOTIFICATION_ID/g, notificationId));

describe('parseBounceReport', () => {
  const id = randomUUID();

  it('reads a DSN for a failed recipient with a 5.x.x status as a permanent failure, found by the returned Message-ID', async () => {
    expect(await parseBounceReport(fixture('dsn-permanent.eml', id))).toEqual({ kind: 'delivery', notificationId: id, status: 'permanent-failure' });
  });

  it('reads a delayed DSN as a temporary failure, found in the returned message', async () => {
    expect(await parseBounceReport(fixture('dsn-delayed.eml', id))).toEqual({ kind: 'delivery', notificationId: id, status: 'temporary-failure' });
  });

  it('prefers the VERP envelope recipient over the returned headers', async () => {
    const verp = randomUUID();
    expect(await parseBounceReport(fixture('dsn-permanent.eml', id), [`bounces+${verp}@bounces.herald.example`])).toMatchObject({ notificationId: verp });
  });

  it('finds the notification from the VERP address the report was sent to when the headers are stripped', async () => {
    const stripped = fixture('dsn-permanent.eml', id)
      .toString()
      .replace(/Message-ID: <[^>]+>\n/, '');
    expect(await parseBounceReport(Buffer.from(stripped))).toMatchObject({ notificationId: id, status: 'permanent-failure' });
  });

  it('reads an ARF abuse report as a complaint with its arrival date', async () => {
    expect(await parseBounceReport(fixture('arf-abuse.eml', id))).toEqual({
      kind: 'complaint',
      notificationId: id,
      feedbackType: 'abuse',
      arrivalDate: new Date('2026-12-03T09:10:00Z'),
      reportKey: '<complaint-7f3e2a@mailbox-provider.example>',
    });
  });

  it('ignores a message that is no report', async () => {
    const plain = Buffer.from(`From: someone@example.com\nTo: bounces+${id}@bounces.herald.example\nSubject: Out of office\n\nI am away.\n`);
    expect(await parseBounceReport(plain)).toBeNull();
  });
});

describe('statusFromDeliveryReport', () => {
  const report = (action: string, status: string) =>
    parseDeliveryStatus(`Reporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; a@example.com\nAction: ${action}\nStatus: ${status}\n`);

  it('maps failed 5.x.x to permanent-failure, failed 4.x.x and delayed to temporary-failure', () => {
    expect(statusFromDeliveryReport(report('failed', '5.1.1'))).toBe('permanent-failure');
    expect(statusFromDeliveryReport(report('failed', '4.2.2'))).toBe('temporary-failure');
    expect(statusFromDeliveryReport(report('delayed', '4.4.1'))).toBe('temporary-failure');
  });

  it('says nothing final for relayed or delivered reports', () => {
    expect(statusFromDeliveryReport(report('relayed', '2.0.0'))).toBeNull();
    expect(statusFromDeliveryReport(report('delivered', '2.0.0'))).toBeNull();
  });
});
