import { statusFromTwilio, twilioReceipt } from './twilio-receipt';

describe('statusFromTwilio', () => {
  it.each(['queued', 'sending', 'sent'])('keeps a %s text sending', (status) => {
    expect(statusFromTwilio(status, undefined)).toBe('sending');
  });

  it('marks a delivered text delivered', () => {
    expect(statusFromTwilio('delivered', undefined)).toBe('delivered');
  });

  it.each(['30003', '30005', '30006'])('makes an undelivered text with error %s a permanent failure', (code) => {
    expect(statusFromTwilio('undelivered', code)).toBe('permanent-failure');
  });

  it.each(['30001', '30002', '30008', undefined])('makes an undelivered text with error %s a temporary failure', (code) => {
    expect(statusFromTwilio('undelivered', code)).toBe('temporary-failure');
  });

  it('makes a failed text a technical failure unless the number can never take it', () => {
    expect(statusFromTwilio('failed', '30008')).toBe('technical-failure');
    expect(statusFromTwilio('failed', '30006')).toBe('permanent-failure');
  });

  it('ignores statuses that say nothing new', () => {
    expect(statusFromTwilio('accepted', undefined)).toBeNull();
    expect(statusFromTwilio('scheduled', undefined)).toBeNull();
    expect(statusFromTwilio('read', undefined)).toBeNull();
  });
});

describe('twilioReceipt', () => {
  const at = new Date('2026-01-01T12:00:00Z');

  it('carries the MessageSid, so a receipt for another message cannot apply', () => {
    expect(twilioReceipt('n-1', { MessageSid: 'SM1', MessageStatus: 'undelivered', ErrorCode: '30003' }, at)).toEqual({
      kind: 'status',
      source: 'twilio',
      notificationId: 'n-1',
      providerReference: 'SM1',
      status: 'permanent-failure',
      at,
      providerStatus: 'undelivered 30003',
    });
  });

  it('gives no receipt for a status that says nothing new', () => {
    expect(twilioReceipt('n-1', { MessageSid: 'SM1', MessageStatus: 'accepted' }, at)).toBeNull();
  });
});
