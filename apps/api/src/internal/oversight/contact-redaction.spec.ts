import { withheld, withheldDetails } from './contact-redaction';

describe('what an auditor may read of an audit event’s free text', () => {
  it('withholds email addresses, masked ones included', () => {
    expect(withheld('jo.bloggs+tax@example.gov.uk')).toBe('[email address withheld]');
    expect(withheld('recipient p•••@example.org changed')).toBe('recipient [email address withheld] changed');
  });

  it('withholds phone numbers written in any usual way', () => {
    expect(withheld('07700 900123')).toBe('[phone number withheld]');
    expect(withheld('call +447700900123 now')).toBe('call [phone number withheld] now');
    expect(withheld('(020) 7946 0000')).toBe('[phone number withheld]');
  });

  it('withholds recipient keys (keyed SHA-256 hashes in hex)', () => {
    expect(withheld('a'.repeat(64))).toBe('[recipient key withheld]');
    expect(withheld(`key ${'0123456789abcdef'.repeat(4)}.`)).toBe('key [recipient key withheld].');
  });

  it('keeps ids, dates, counts and names, so an event can still be traced', () => {
    const id = '12345678-1234-4234-8234-123456789012';
    expect(withheld(id)).toBe(id);
    expect(withheld(`template ${id} on 2026-03-27`)).toBe(`template ${id} on 2026-03-27`);
    expect(withheld('250000 emails, Vehicle tax')).toBe('250000 emails, Vehicle tax');
  });

  it('turns details into name/value lines, each value withheld the same way', () => {
    expect(withheldDetails({ recipient: 'jo@example.com', fields: ['channels.sms'], count: 2 })).toEqual([
      { name: 'recipient', value: '[email address withheld]' },
      { name: 'fields', value: '["channels.sms"]' },
      { name: 'count', value: '2' },
    ]);
  });
});
