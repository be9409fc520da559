import { notificationIdFromBounceAddress, notificationIdFromMessageId } from './email-message-id';

describe('reading a notification id back from an email', () => {
  const id = '5f0c8a2e-3b1d-4c6e-9a7f-1e2d3c4b5a69';

  it('reads it from our Message-ID, with or without angle brackets', () => {
    expect(notificationIdFromMessageId(`<${id}@notifications.herald.localhost>`)).toBe(id);
    expect(notificationIdFromMessageId(`${id.toUpperCase()}@example.gov.uk`)).toBe(id);
  });

  it('reads it from a VERP bounce address', () => {
    expect(notificationIdFromBounceAddress(`bounces+${id}@bounces.example.gov.uk`)).toBe(id);
    expect(notificationIdFromBounceAddress(`<bounces+${id}@bounces.example.gov.uk>`)).toBe(id);
  });

  it('gives null for anything else', () => {
    expect(notificationIdFromMessageId('<0102018f-ses@eu-west-2.amazonses.com>')).toBeNull();
    expect(notificationIdFromMessageId(undefined)).toBeNull();
    expect(notificationIdFromBounceAddress(`someone+${id}@example.gov.uk`)).toBeNull();
  });
});
