import { sanitisePersonalisation } from './sanitise-personalisation';

const sanitise = (value: unknown) => sanitisePersonalisation({ field: value }, ['field']).personalisation.field;

describe('sanitisePersonalisation', () => {
  it('removes a link and escapes markdown (docs/api-contract.md §15.2)', () => {
    expect(sanitise('User, [click here](https://evil.link)')).toBe('User, \\[click here\\]\\(\\)');
  });

  it('removes a URL with a path', () => {
    expect(sanitise('go to http://evil.example.com/login?x=1 now')).toBe('go to  now');
  });

  it('removes a URL without a protocol when it has a path', () => {
    expect(sanitise('evil.link/path')).toBe('');
  });

  it('breaks up a bare domain with a space after each dot', () => {
    expect(sanitise('example.com')).toBe('example\\. com');
  });

  it('breaks up a bare domain with subdomains and hyphens', () => {
    expect(sanitise('my-site.example.co.uk')).toBe('my\\-site\\. example\\. co\\. uk');
  });

  it('does not treat the domain of an email address as a link', () => {
    expect(sanitise('first.last@example.com')).toBe('first\\.last@example\\.com');
  });

  it('escapes every markdown character with a backslash', () => {
    expect(sanitise('`*_()\\{}[]<>#+-.!|')).toBe('\\`\\*\\_\\(\\)\\\\\\{\\}\\[\\]\\<\\>\\#\\+\\-\\.\\!\\|');
  });

  it('leaves ordinary text alone', () => {
    expect(sanitise('Ada Lovelace')).toBe('Ada Lovelace');
  });

  it('leaves values that are not strings alone', () => {
    const list = ['[x](https://evil.link)'];
    expect(sanitise(list)).toBe(list);
    expect(sanitise(42)).toBe(42);
    expect(sanitise(null)).toBeNull();
  });

  it('matches keys ignoring case, spaces, underscores and hyphens', () => {
    const result = sanitisePersonalisation({ 'First Name': '*Ada*' }, ['first_name']);
    expect(result.personalisation).toEqual({ 'First Name': '\\*Ada\\*' });
  });

  it('leaves keys that were not listed alone', () => {
    const result = sanitisePersonalisation({ name: '*Ada*', other: '*x*' }, ['name']);
    expect(result.personalisation.other).toBe('*x*');
  });

  it('reports only changed values, keyed as the caller wrote them', () => {
    const result = sanitisePersonalisation({ 'User Name': '[x](https://e.vil)', plain: 'Ada' }, ['user_name', 'plain']);
    expect(result.changes).toEqual({ 'User Name': { unsanitised: '[x](https://e.vil)', sanitised: '\\[x\\]\\(\\)' } });
  });

  it('reports no changes when nothing needs sanitising', () => {
    expect(sanitisePersonalisation({ name: 'Ada' }, ['name']).changes).toEqual({});
  });

  it('does not change the personalisation it was given', () => {
    const personalisation = { name: '*Ada*' };
    sanitisePersonalisation(personalisation, ['name']);
    expect(personalisation).toEqual({ name: '*Ada*' });
  });
});

describe('sanitisePersonalisation with keys Object.prototype knows', () => {
  it('keeps a `__proto__` key as an ordinary key, not as the result’s prototype', () => {
    const personalisation = JSON.parse('{"__proto__": {"name": "injected"}, "date": "Monday"}') as Record<string, unknown>;
    const result = sanitisePersonalisation(personalisation, []).personalisation;
    expect(Object.keys(result)).toEqual(['__proto__', 'date']);
    expect((result as { name?: unknown }).name).toBeUndefined();
  });
});
