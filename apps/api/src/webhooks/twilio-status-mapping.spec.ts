import { statusFromTwilio } from './twilio-status-mapping';

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
