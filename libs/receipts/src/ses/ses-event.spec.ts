import { sesReceipt } from './ses-event';

describe('sesReceipt', () => {
  const id = '5f0c8a2e-3b1d-4c6e-9a7f-1e2d3c4b5a69';
  const mail = {
    messageId: '0102018f-ses-own-id',
    headers: [{ name: 'Message-ID', value: `<${id}@notifications.herald.localhost>` }],
    commonHeaders: { messageId: '<0102018f-ses-own-id@eu-west-2.amazonses.com>' },
  };
  const event = (body: object) => JSON.stringify({ mail, ...body });

  it('marks a delivered email delivered at SES’s time', () => {
    expect(sesReceipt(event({ notificationType: 'Delivery', delivery: { timestamp: '2026-01-01T12:00:00.000Z' } }))).toEqual({
      kind: 'status',
      source: 'ses',
      notificationId: id,
      status: 'delivered',
      at: new Date('2026-01-01T12:00:00.000Z'),
      providerStatus: 'Delivery',
    });
  });

  it('makes a permanent bounce a permanent failure and a transient one a temporary failure', () => {
    expect(sesReceipt(event({ notificationType: 'Bounce', bounce: { bounceType: 'Permanent' } }))).toMatchObject({ status: 'permanent-failure' });
    expect(sesReceipt(event({ eventType: 'Bounce', bounce: { bounceType: 'Transient' } }))).toMatchObject({ status: 'temporary-failure' });
  });

  it('reads a complaint with its feedback type', () => {
    expect(
      sesReceipt(
        event({ notificationType: 'Complaint', complaint: { complaintFeedbackType: 'abuse', timestamp: '2026-01-02T08:00:00.000Z', feedbackId: 'fb-1' } }),
      ),
    ).toEqual({ kind: 'complaint', source: 'ses', notificationId: id, complaintType: 'abuse', at: new Date('2026-01-02T08:00:00.000Z'), reportKey: 'fb-1' });
  });

  it('finds the notification from the common headers when the full headers are not included', () => {
    const json = JSON.stringify({ notificationType: 'Delivery', mail: { messageId: 'x', commonHeaders: { messageId: `<${id}@example.gov.uk>` } } });
    expect(sesReceipt(json)).toMatchObject({ notificationId: id });
  });

  it('ignores events about mail that is not ours, other event types and malformed JSON', () => {
    expect(
      sesReceipt(JSON.stringify({ notificationType: 'Delivery', mail: { messageId: 'x', commonHeaders: { messageId: '<abc@example.com>' } } })),
    ).toBeNull();
    expect(sesReceipt(event({ eventType: 'Open' }))).toBeNull();
    expect(sesReceipt('{not json')).toBeNull();
  });
});
