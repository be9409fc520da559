import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { eventually, WAIT_DEADLINE_MS } from '@herald/testing';
import { copyOfRepository, newcomerEnvironment } from './fresh-clone';
import { PrivateNetwork } from './private-network';
import { quickStartOf, workedExampleOf } from './readme-commands';
import { redisServersUnder } from './redis-servers';
import { ShellSession } from './shell-session';

/**
 * Follows README.md as a newcomer would, word for word: the quick start's command in a fresh
 * copy of the repository, then the worked example's shell blocks and send.js in another
 * "terminal", on SQLite, with no Redis but the private one `npm start` starts itself.
 *
 * The machine's own Redis answers on 127.0.0.1:6379, so `npm start` and the worked example run
 * in a network namespace of their own where nothing listens. The install part of the quick
 * start (everything before `&& npm start`: Redis if missing, then `npm ci`) needs the network
 * for npm's registry, so it runs outside the namespace; `npm start` runs inside it.
 */
const ROOT = join(__dirname, '..', '..');
const MINUTES = 60_000;
/** `npm ci` fetches (or takes from npm's cache) every package and builds Herald: 2–3 minutes on a quiet machine. */
const INSTALL_DEADLINE_MS = 12 * MINUTES;
/** From `npm start` to its set-up link: a first start creates and migrates the SQLite database. */
const START_DEADLINE_MS = 4 * WAIT_DEADLINE_MS;
/** Three CLI calls and send.js, which itself gives up after a minute. */
const EXAMPLE_DEADLINE_MS = 4 * WAIT_DEADLINE_MS;
const SET_UP_LINK = /https?:\/\/\S+\/set-up\/\S+/;

/** The end of a long output (npm ci prints a lot), for failure messages. */
const tail = (output: string) => output.split('\n').slice(-60).join('\n');

describe('the README, followed literally from a fresh clone', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const quickStart = quickStartOf(readme);
  const example = workedExampleOf(readme);
  const omnichannel = workedExampleOf(readme, 'Omnichannel messages');
  let work: string;
  let clone: string;
  let tmp: string;
  let environment: NodeJS.ProcessEnv;
  let network: PrivateNetwork | undefined;
  let herald: ShellSession | undefined;
  let terminal: ShellSession | undefined;

  beforeAll(() => {
    network = PrivateNetwork.create();
    work = realpathSync(mkdtempSync(join(tmpdir(), 'herald-quickstart-')));
    clone = join(work, 'herald');
    tmp = join(work, 'tmp');
    mkdirSync(tmp);
    copyOfRepository(ROOT, clone);
    // The one place this test reads the environment: to take away what a newcomer's shell would not have.
    environment = newcomerEnvironment(process.env, tmp);
  });

  afterAll(() => {
    herald?.kill();
    terminal?.kill();
    for (const pid of work ? redisServersUnder(work) : []) process.kill(pid, 'SIGKILL');
    network?.remove();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it(
    'installs with the quick start command and starts with a private redis-server, a summary and a set-up link',
    async () => {
      const began = Date.now();
      const installed = await new ShellSession(quickStart.install, { cwd: clone, env: environment }).result(INSTALL_DEADLINE_MS);
      if (installed.code !== 0) throw new Error(`"${quickStart.install}" failed with exit code ${installed.code}:\n${tail(installed.output)}`);
      const startedAt = Date.now();

      herald = new ShellSession(quickStart.start, { cwd: clone, env: environment, prefix: network!.prefix });
      const link = await herald.line(SET_UP_LINK, START_DEADLINE_MS);
      const seconds = (from: number, to = Date.now()) => Math.round((to - from) / 1000);
      console.log(`[quickstart] npm ci → set-up link: ${seconds(began)} s (install ${seconds(began, startedAt)} s, npm start ${seconds(startedAt)} s)`);

      expect(link).toMatch(/http:\/\/localhost:3001\/set-up\//);
      expect(herald.output).toContain('http://localhost:3000');
      expect(redisServersUnder(join(clone, 'data'))).toHaveLength(1);
    },
    INSTALL_DEADLINE_MS + START_DEADLINE_MS + MINUTES,
  );

  it(
    'runs the worked example: send.js prints delivered and the email is in data/outbox/email with its subject',
    async () => {
      expect(herald?.running).toBe(true);
      writeFileSync(join(clone, example.script.fileName), example.script.text);
      terminal = new ShellSession(example.shell, { cwd: clone, env: environment, prefix: network!.prefix });
      const { code, output } = await terminal.result(EXAMPLE_DEADLINE_MS);
      expect({ code, output }).toEqual({ code: 0, output: expect.stringMatching(/\bdelivered\s*$/) });

      const outbox = join(clone, 'data', 'outbox', 'email');
      const sent = readdirSync(outbox).filter((file) => file.endsWith('.eml') && output.includes(file.slice(0, -'.eml'.length)));
      expect(sent).toHaveLength(1);
      const email = await simpleParser(readFileSync(join(outbox, sent[0])));
      expect(email.subject).toBe('Your appointment, Jo');
      expect(email.text).toContain('Dear Jo,');

      // The template's text was written outside the repository.
      expect(existsSync(join(clone, 'appointment.md'))).toBe(false);
      expect(existsSync(join(tmp, 'appointment.md'))).toBe(true);
    },
    EXAMPLE_DEADLINE_MS + MINUTES,
  );

  it(
    'runs the omnichannel example: message.js skips the email the person switched off and is delivered by text',
    async () => {
      expect(herald?.running).toBe(true);
      writeFileSync(join(clone, omnichannel.script.fileName), omnichannel.script.text);
      terminal = new ShellSession(omnichannel.shell, { cwd: clone, env: environment, prefix: network!.prefix });
      const { code, output } = await terminal.result(EXAMPLE_DEADLINE_MS);
      expect({ code, output }).toEqual({
        code: 0,
        output: expect.stringMatching(/email skipped recipient_channel_off citizen_global\s+sms attempted permitted/),
      });
      expect(output).toMatch(/delivered via sms\s*$/);
    },
    EXAMPLE_DEADLINE_MS + MINUTES,
  );

  it(
    'stops on Ctrl-C and leaves no redis-server or other process running',
    async () => {
      herald!.interrupt();
      await herald!.result(WAIT_DEADLINE_MS);
      await eventually(async () => {
        expect(redisServersUnder(clone)).toEqual([]);
        expect(network!.pids()).toEqual([]);
      });
    },
    3 * WAIT_DEADLINE_MS,
  );
});
