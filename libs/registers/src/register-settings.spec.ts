import { redactRegisterSettings, registerSettingsProblems } from './register-settings';

const XROAD = {
  security_server_url: 'https://ss.example.ee',
  client: 'EE/GOV/70000001/herald',
  service: 'EE/GOV/70000002/rr/contacts',
  schemes: ['personal_code'],
};

describe('register settings', () => {
  it('accepts complete settings for each adapter', () => {
    expect(registerSettingsProblems('fake', { schemes: ['nino'], people: [{ scheme: 'nino', value: 'QQ123456C', contact: {} }] })).toEqual([]);
    expect(registerSettingsProblems('https-json', { url: 'https://register.example.gov', token: 't', schemes: ['nino'], timeout_ms: 2000 })).toEqual([]);
    expect(registerSettingsProblems('x-road', { ...XROAD, user_id: 'EE10000000001', fields: ['email_address'] })).toEqual([]);
  });

  it('refuses plain http:// unless the host is loopback', () => {
    expect(registerSettingsProblems('https-json', { url: 'http://register.example.gov', schemes: ['nino'] })).toEqual([
      "'url' must use https://: plain http:// is allowed only to a loopback host (127.0.0.1, ::1, localhost).",
    ]);
    for (const url of ['http://127.0.0.1:8080', 'http://127.4.5.6', 'http://[::1]:9000', 'http://localhost/registers']) {
      expect(registerSettingsProblems('https-json', { url, schemes: ['nino'] })).toEqual([]);
    }
    expect(registerSettingsProblems('x-road', { ...XROAD, security_server_url: 'http://10.0.0.5' })).toHaveLength(1);
  });

  it('names each missing or malformed setting', () => {
    expect(registerSettingsProblems('x-road', { client: 'EE/GOV/70000001', service: 'EE/GOV', schemes: [], fields: ['shoe_size'], timeout_ms: 0 })).toEqual([
      '\'schemes\' must list the identifier schemes the register answers, e.g. ["nino"].',
      "'fields' must list fields the register holds, among email_address, phone_number, address, language, format_needs, permissions.",
      "'timeout_ms' must be a whole number of milliseconds from 1 to 60000.",
      "'security_server_url' is required: the register's base URL.",
      "'client' must be the subsystem Herald calls from: INSTANCE/CLASS/MEMBER/SUBSYSTEM.",
      "'service' must be the register's service: INSTANCE/CLASS/MEMBER/SUBSYSTEM/SERVICECODE.",
    ]);
    expect(registerSettingsProblems('fake', { schemes: ['nino'], people: [{ scheme: 'nino' }] })).toEqual([
      "people[0] needs a 'scheme' and a 'value'.",
      'people[0].contact must be an object.',
    ]);
  });

  it('names unknown settings (a misspelt token is not silently ignored) without echoing values', () => {
    const problems = registerSettingsProblems('https-json', { url: 'https://r.example.gov', schemes: ['nino'], tokne: 'secret-value' });
    expect(problems).toEqual(["Unknown setting 'tokne' for the https-json adapter: it takes schemes, fields, timeout_ms, url, token."]);
    expect(problems.join()).not.toContain('secret-value');
  });

  it('refuses an adapter it does not know', () => {
    expect(registerSettingsProblems('soap' as never, {})).toEqual(["Unknown adapter 'soap': use one of fake, https-json, x-road."]);
  });

  it('redacts the token when settings are shown', () => {
    expect(redactRegisterSettings({ url: 'https://r.example.gov', token: 'secret', schemes: ['nino'] })).toEqual({
      url: 'https://r.example.gov',
      token: '(set, not shown)',
      schemes: ['nino'],
    });
  });
});
