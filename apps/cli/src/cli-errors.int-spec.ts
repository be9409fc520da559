import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aSqliteTestConfig, runHeraldCli } from '@herald/testing';
import { runCli } from './herald-cli';

const herald = runHeraldCli;
const errorOf = (out: string) => (JSON.parse(out) as { error: { code: string; message: string } }).error;

describe('herald CLI errors', () => {
  it('answers --help, --version and a group’s --help without loading the configuration or the database', async () => {
    const noConfig = () => {
      throw new Error('the configuration was loaded');
    };
    for (const args of [['--help'], ['--version'], ['api-key', '--help'], ['template', 'create', '--help']]) {
      let out = '';
      const write = process.stdout.write;
      process.stdout.write = ((chunk: unknown) => ((out += String(chunk)), true)) as typeof process.stdout.write;
      try {
        expect(await runCli(['node', 'herald', ...args], noConfig)).toBe(0);
      } finally {
        process.stdout.write = write;
      }
      expect(out).not.toBe('');
    }
    expect((await herald(await aSqliteTestConfig(), '--version')).out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('reports an unknown option as unknown, with commander’s suggestion, even when a required option is missing too', async () => {
    const config = await aSqliteTestConfig();
    const result = await herald(config, 'service', 'create', '--nam', 'Typo');
    expect(result.code).toBe(1);
    expect(result.err).toContain("herald: unknown option '--nam'\n(Did you mean --name?)");
    expect(result.err).not.toContain('required option');
    expect(errorOf((await herald(config, 'service', 'create', '--nam', 'Typo', '--json')).out)).toEqual({
      code: 'usage',
      message: "unknown option '--nam'\n(Did you mean --name?)",
    });
  });

  it.each([
    ['an unknown option', ['service', 'create', '--name', 'x', '--colour', 'red'], 'usage', "unknown option '--colour'"],
    ['a missing required option', ['service', 'create'], 'usage', "required option '--name <name>' not specified"],
    [
      'a choice that is not offered',
      ['api-key', 'create', '--service', 's', '--name', 'k', '--type', 'secret'],
      'usage',
      "option '--type <type>' argument 'secret' is invalid",
    ],
    ['an unknown command', ['servcie', 'list'], 'usage', "unknown command 'servcie'"],
    ['a group without its command', ['template'], 'usage', 'Give a command: see herald --help'],
    ['a service that does not exist', ['api-key', 'list', '--service', 'nope'], 'not_found', 'Service nope not found'],
    ['an auditor change without --on or --off', ['user', 'auditor', '--email', 'nobody@example.gov.uk'], 'usage', 'Give --on or --off'],
    [
      'an auditor change with both',
      ['user', 'auditor', '--email', 'nobody@example.gov.uk', '--on', '--off'],
      'usage',
      "option '--off' cannot be used with option '--on'",
    ],
    [
      'an auditor change for nobody',
      ['user', 'auditor', '--email', 'nobody@example.gov.uk', '--on'],
      'not_found',
      'User with email nobody@example.gov.uk not found',
    ],
  ])('%s: {"error": {"code", "message"}} on stdout with --json, nothing on stderr, exit 1', async (_name, args, code, message) => {
    const result = await herald(await aSqliteTestConfig(), ...args, '--json');
    expect(result).toMatchObject({ code: 1, err: '' });
    expect(result.out.trim().split('\n')).toHaveLength(1);
    expect(errorOf(result.out)).toEqual({ code, message: expect.stringContaining(message) });
  });

  it('names the option of a value the shared checks refuse (invalid)', async () => {
    const config = await aSqliteTestConfig();
    const service = JSON.parse((await herald(config, 'service', 'create', '--name', 'Checks', '--json')).out) as { id: string };
    const file = join(config.dataDir, 'short.txt');
    writeFileSync(file, 'Hello');
    const long = await herald(
      config,
      'template',
      'create',
      '--service',
      service.id,
      '--type',
      'sms',
      '--name',
      'n'.repeat(256),
      '--content-file',
      file,
      '--json',
    );
    expect(long.code).toBe(1);
    expect(errorOf(long.out)).toEqual({ code: 'invalid', message: '--name: Template name must be 255 characters or fewer' });
    const plain = await herald(config, 'template', 'create', '--service', service.id, '--type', 'sms', '--name', 'n'.repeat(256), '--content-file', file);
    expect(plain).toEqual({ code: 1, out: '', err: 'herald: --name: Template name must be 255 characters or fewer\n' });
  });

  it('reports an unexpected failure as internal, without a stack trace', async () => {
    const config = await aSqliteTestConfig({ DATABASE_URL: 'postgres://herald@127.0.0.1:1/nowhere' });
    const json = await herald(config, 'service', 'list', '--json');
    expect(json.code).toBe(1);
    expect(errorOf(json.out).code).toBe('internal');
    const plain = await herald(config, 'service', 'list');
    expect(plain.err).toMatch(/^herald: .+\n$/);
    expect(plain.err).not.toContain('    at ');
  });
});
