import type { DestinationStream } from 'pino';
import { nestLogLevels } from '@herald/config';
import { HeraldLogger, logFormatFor } from './herald-logger';
import { withRequestId } from './request-context';

/** A JSON logger whose lines a test reads back, parsed. */
function aJsonLogger(level: 'log' | 'debug' = 'log'): { logger: HeraldLogger; lines: () => Array<Record<string, unknown>> } {
  const written: string[] = [];
  const destination: DestinationStream = { write: (line: string) => void written.push(line) };
  const logger = new HeraldLogger({ format: 'json', logLevels: nestLogLevels(level), app: 'api', ownEmailDomain: 'herald.example', destination });
  return {
    logger,
    lines: () =>
      written
        .join('')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('HeraldLogger, JSON', () => {
  it('writes one JSON object a line with the level, the app, the context and the message', () => {
    const { logger, lines } = aJsonLogger();
    logger.log('Worker started', 'Herald');
    logger.warn('Slow provider', 'SmsDeliveryService');

    expect(lines()).toEqual([
      expect.objectContaining({ level: 'info', app: 'api', context: 'Herald', msg: 'Worker started', time: expect.any(String) as unknown }),
      expect.objectContaining({ level: 'warn', context: 'SmsDeliveryService', msg: 'Slow provider' }),
    ]);
    expect(lines()[0]).not.toHaveProperty('requestId');
  });

  it('marks every line written inside a request with its id', async () => {
    const { logger, lines } = aJsonLogger();
    await withRequestId('req-1234abcd', async () => {
      await Promise.resolve();
      logger.log('accepted', 'Request');
    });

    expect(lines()[0]).toMatchObject({ requestId: 'req-1234abcd', msg: 'accepted' });
  });

  it('scrubs messages, error stacks and logged objects', () => {
    const { logger, lines } = aJsonLogger();
    logger.log('Sent to jo@example.org and 07700 900123', 'Delivery');
    logger.error(new Error('Mailbox jo@example.org is full'));
    logger.error('Could not send', 'Error: refused for +447700900123\n    at send (x.ts:1:1)', 'Delivery');
    logger.log({ headers: { authorization: 'Bearer s3cr3t-value' }, personalisation: { name: 'Lovelace' }, note: 'ring 07700900123' }, 'Delivery');

    const printed = JSON.stringify(lines());
    for (const personal of ['jo@example.org', '900123', 's3cr3t-value', 'Lovelace']) expect(printed).not.toContain(personal);
    expect(lines()[0].msg).toBe('Sent to [email] and [phone]');
    expect(lines()[1]).toMatchObject({ level: 'error', msg: 'Mailbox [email] is full', err: { type: 'Error', message: 'Mailbox [email] is full' } });
    expect(lines()[2]).toMatchObject({ msg: 'Could not send', stack: expect.stringContaining('refused for [phone]') as unknown });
    expect(lines()[3]).toMatchObject({ data: { headers: { authorization: '[redacted]' }, personalisation: '[redacted]', note: 'ring [phone]' } });
  });

  it('prints only the levels LOG_LEVEL allows', () => {
    const quiet = aJsonLogger('log');
    quiet.logger.debug('details', 'Sweep');
    quiet.logger.log('shown', 'Sweep');
    expect(quiet.lines().map((line) => line.msg)).toEqual(['shown']);

    const chatty = aJsonLogger('debug');
    chatty.logger.debug('details', 'Sweep');
    expect(chatty.lines()).toEqual([expect.objectContaining({ level: 'debug', msg: 'details' })]);
  });
});

describe('HeraldLogger, text', () => {
  let printed: string;
  let write: jest.SpyInstance;

  beforeEach(() => {
    printed = '';
    write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed += chunk.toString();
      return true;
    });
  });
  afterEach(() => write.mockRestore());

  it("prints Nest's console lines, scrubbed, with the request id at the end", () => {
    const logger = new HeraldLogger({ format: 'text', logLevels: nestLogLevels('log'), app: 'herald' });
    withRequestId('req-1234abcd', () => logger.log('Sent to jo@example.org', 'Delivery'));

    const plain = printed.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain).toContain('LOG [Delivery] Sent to [email] [request req-1234abcd]');
    expect(printed).not.toContain('jo@example.org');
    expect(() => JSON.parse(printed)).toThrow();
  });
});

describe('LOG_FORMAT', () => {
  it('auto is text on a terminal and JSON otherwise; json and text are what they say', () => {
    expect(logFormatFor('auto', true)).toBe('text');
    expect(logFormatFor('auto', false)).toBe('json');
    expect(logFormatFor('json', true)).toBe('json');
    expect(logFormatFor('text', false)).toBe('text');
  });
});
