import { statusTag } from './notification-labels';

const now = new Date('2026-12-05T10:00:00Z');

describe('status words', () => {
  it('says why an email or a text failed, in plain words', () => {
    expect(statusTag('email', 'permanent-failure')).toEqual({ text: 'Failed: email address does not exist', classes: 'govuk-tag--red' });
    expect(statusTag('sms', 'permanent-failure').text).toBe('Failed: phone number does not exist');
    expect(statusTag('sms', 'temporary-failure').text).toBe('Failed: phone not accepting messages right now');
    expect(statusTag('email', 'technical-failure').text).toBe('Failed: technical failure');
  });

  it('says Sending and Delivered, never the API’s names', () => {
    expect(statusTag('email', 'created')).toEqual({ text: 'Sending', classes: 'govuk-tag--light-blue' });
    expect(statusTag('sms', 'delivered')).toEqual({ text: 'Delivered', classes: 'govuk-tag--green' });
  });

  it('names the next print run for a letter not yet printed, then says it was sent to print and posted', () => {
    expect(statusTag('letter', 'created', '2026-12-05T17:30:00.000Z', now).text).toBe('Printing today at 5:30pm');
    expect(statusTag('letter', 'created', '2026-12-06T17:30:00.000Z', now).text).toBe('Printing tomorrow at 5:30pm');
    expect(statusTag('letter', 'pending-virus-check', '2026-12-07T09:00:00.000Z', now).text).toBe('Printing on Monday 7 December at 9am');
    expect(statusTag('letter', 'sending').text).toBe('Sent to the print provider');
    expect(statusTag('letter', 'delivered').text).toBe('Posted');
    expect(statusTag('letter', 'returned-letter')).toEqual({ text: 'Returned to sender', classes: 'govuk-tag--orange' });
  });

  it('names the print run in UK time in summer', () => {
    expect(statusTag('letter', 'created', '2026-07-01T16:30:00.000Z', new Date('2026-07-01T08:00:00Z')).text).toBe('Printing today at 5:30pm');
  });
});
