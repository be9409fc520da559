import { NotifyError } from '../../errors/notify-error';
import { normalisedRecipientsOf, parseActivityQuery } from './activity-query';

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
