import { NotifyError } from '../../errors/notify-error';
import { recipientForms } from '@herald/persistence';
import { normalisedRecipientsOf, parseActivityQuery, searchFragmentsOf } from './activity-query';

describe('activity query', () => {
  it('reads search, channels, status groups and page', () => {
    expect(parseActivityQuery({ search: '  jo@example.com ', channel: ['email', 'sms'], status: 'failed', page: '3' })).toEqual({
      search: 'jo@example.com',
      channels: ['email', 'sms'],
      statuses: ['failed'],
      page: 3,
    });
    expect(parseActivityQuery({})).toEqual({ search: null, channels: [], statuses: [], page: 1 });
  });

  it('refuses values the admin never sends, naming each field', () => {
    let error: unknown;
    try {
      parseActivityQuery({ channel: 'fax', status: 'lost', page: '0' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NotifyError);
    expect((error as NotifyError).errors.map((e) => e.field)).toEqual(['channel', 'status', 'page']);
  });

  it('searches a phone number however it was typed, and an email address in lower case', () => {
    expect(normalisedRecipientsOf('07700 900123')).toContain('447700900123');
    expect(normalisedRecipientsOf('+44 7700 900123')).toContain('447700900123');
    expect(normalisedRecipientsOf('Jo@Example.COM')).toContain('jo@example.com');
  });
});

describe('searching by part of a recipient', () => {
  const finds = (search: string, recipient: string) => searchFragmentsOf(search).some((f) => recipientForms(recipient).some((form) => form.includes(f)));

  it('finds an email address by any part of it, in any case', () => {
    expect(finds('LOVELACE@', 'Ada.Lovelace@example.com')).toBe(true);
    expect(finds('example.com', 'Ada.Lovelace@example.com')).toBe(true);
    expect(finds('babbage', 'Ada.Lovelace@example.com')).toBe(false);
  });

  it('finds a phone number by part of it, typed with spaces, with 0 or with +44', () => {
    expect(finds('900 123', '07700 900123')).toBe(true);
    expect(finds('07700 900', '+447700900123')).toBe(true);
    expect(finds('+44 7700', '07700 900123')).toBe(true);
    expect(finds('0123', '+44 7700 900123')).toBe(true);
    expect(finds('900124', '07700 900123')).toBe(false);
  });

  it('finds a letter by part of its address', () => {
    expect(finds('high street', 'Jo Bloggs\n1 High Street\nSW1A 1AA')).toBe(true);
    expect(finds('low street', 'Jo Bloggs\n1 High Street\nSW1A 1AA')).toBe(false);
  });
});
