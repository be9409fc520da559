import { loadConfig } from './load-config';

const base = { ENCRYPTION_KEY: 'a'.repeat(64), DATA_DIR: '/tmp/herald-print-settings' };

describe('print settings', () => {
  it('default to the outbox and a 17:30 batch', () => {
    expect(loadConfig(base).print).toEqual({ sftp: null, batchHour: 17, batchMinute: 30, responseIntervalSeconds: 900 });
  });

  it('read the SFTP server from PRINT_SFTP_URL', () => {
    const print = loadConfig({
      ...base,
      PRINT_SFTP_URL: 'sftp://herald@print.example:2222/in/box',
      PRINT_SFTP_PASSWORD: 'secret',
      PRINT_BATCH_TIME: '09:05',
    }).print;
    expect(print).toMatchObject({
      sftp: { host: 'print.example', port: 2222, username: 'herald', password: 'secret', privateKey: null, path: '/in/box' },
      batchHour: 9,
      batchMinute: 5,
    });
  });

  it.each([
    [{ PRINT_SFTP_URL: 'ftp://herald@print.example/in', PRINT_SFTP_PASSWORD: 'x' }, 'PRINT_SFTP_URL'],
    [{ PRINT_SFTP_URL: 'sftp://print.example/in', PRINT_SFTP_PASSWORD: 'x' }, 'PRINT_SFTP_URL'],
    [{ PRINT_SFTP_URL: 'sftp://herald@print.example/in' }, 'PRINT_SFTP_PASSWORD'],
    [{ PRINT_SFTP_URL: 'sftp://herald@print.example/in', PRINT_SFTP_PRIVATE_KEY_FILE: '/nonexistent/key' }, 'PRINT_SFTP_PRIVATE_KEY_FILE'],
    [{ PRINT_BATCH_TIME: '25:00' }, 'PRINT_BATCH_TIME'],
    [{ PRINT_RESPONSE_INTERVAL_SECONDS: '0' }, 'PRINT_RESPONSE_INTERVAL_SECONDS'],
  ])('refuse %j, naming %s', (settings, variable) => {
    expect(() => loadConfig({ ...base, ...settings })).toThrow(variable);
  });
});
