import { ConsoleLogger, LogLevel } from '@nestjs/common';
import pino, { DestinationStream, Level, Logger as PinoLogger } from 'pino';
import { HeraldConfig, nestLogLevels } from '@herald/config';
import { LogScrubber, SENSITIVE_KEYS } from './log-scrubber';
import { currentRequestId } from './request-context';

export interface HeraldLoggerOptions {
  readonly format: 'json' | 'text';
  readonly logLevels: LogLevel[];
  /** Which program writes: `api`, `worker`, `admin`, `citizen`, or `herald` (the embedded start). */
  readonly app: string;
  /** Addresses at Herald's own EMAIL_DOMAIN are not personal data and are not scrubbed. */
  readonly ownEmailDomain?: string | null;
  /** Where JSON lines go: standard output, unless a test reads them. */
  readonly destination?: DestinationStream;
}

const PINO_LEVELS: Record<LogLevel, Level> = { fatal: 'fatal', error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/** pino's own redaction, on the structured parts of a line: a second guard behind the scrubber. */
const REDACT_PATHS = SENSITIVE_KEYS.flatMap((key) => ['data', 'data.*', 'params', 'params.*'].map((parent) => `${parent}[${JSON.stringify(key)}]`));

let standardOutput: DestinationStream | undefined;

/** `auto` is text on a terminal (a person reads it) and JSON elsewhere (a log collector reads it). */
export function logFormatFor(setting: HeraldConfig['logFormat'], isTerminal = process.stdout.isTTY === true): 'json' | 'text' {
  if (setting !== 'auto') return setting;
  return isTerminal ? 'text' : 'json';
}

export function heraldLoggerOptions(config: HeraldConfig, app: string): HeraldLoggerOptions {
  return { format: logFormatFor(config.logFormat), logLevels: nestLogLevels(config.logLevel), app, ownEmailDomain: config.emailDomain };
}

/**
 * Herald's logger behind Nest's LoggerService: every line scrubbed of personal data and secrets
 * (LogScrubber) and marked with the current request id. `text` is Nest's console format;
 * `json` is one pino line per message: `level`, `time`, `app`, `context`, `requestId`, `msg`,
 * and `err` or `data` when an error or an object was logged.
 */
export class HeraldLogger extends ConsoleLogger {
  readonly format: 'json' | 'text';
  private readonly scrubber: LogScrubber;
  private readonly json: PinoLogger | null;

  constructor(options: HeraldLoggerOptions) {
    super({ logLevels: options.logLevels });
    this.format = options.format;
    this.scrubber = new LogScrubber(options.ownEmailDomain ?? null);
    this.json = options.format === 'json' ? jsonLogger(options) : null;
  }

  static from(config: HeraldConfig, app: string): HeraldLogger {
    return new HeraldLogger(heraldLoggerOptions(config, app));
  }

  protected override printMessages(
    messages: unknown[],
    context = '',
    logLevel: LogLevel = 'log',
    writeStreamType?: 'stdout' | 'stderr',
    errorStack?: unknown,
    params?: Record<string, unknown>,
  ): void {
    const requestId = currentRequestId();
    if (this.json === null) {
      const stack = typeof errorStack === 'string' ? this.scrubber.text(errorStack) : errorStack;
      const texts = messages.map((message) => this.forText(message, requestId));
      super.printMessages(texts, context, logLevel, writeStreamType, stack, params && (this.scrubber.value(params) as Record<string, unknown>));
      return;
    }
    for (const message of messages) {
      const { msg, fields } = this.jsonLine(message, context, requestId, errorStack, params);
      this.json[PINO_LEVELS[logLevel]](fields, msg);
    }
  }

  /** JSON lines carry the stack in the line itself; text prints it below, scrubbed. */
  protected override printStackTrace(stack: string): void {
    if (this.json === null) super.printStackTrace(stack && this.scrubber.text(stack));
  }

  private forText(message: unknown, requestId: string | undefined): unknown {
    const resolved = this.resolveMessage(message);
    if (resolved instanceof Error) return this.scrubber.text(resolved.stack ?? `${resolved.name}: ${resolved.message}`);
    if (typeof resolved !== 'string') return this.scrubber.value(resolved);
    const text = this.scrubber.text(resolved);
    return requestId === undefined ? text : `${text} [request ${requestId}]`;
  }

  private jsonLine(
    message: unknown,
    context: string,
    requestId: string | undefined,
    errorStack: unknown,
    params: Record<string, unknown> | undefined,
  ): { msg: string | undefined; fields: Record<string, unknown> } {
    const resolved = this.resolveMessage(message);
    const fields: Record<string, unknown> = {};
    if (context) fields.context = context;
    if (requestId !== undefined) fields.requestId = requestId;
    let msg: string | undefined;
    if (typeof resolved === 'string') msg = this.scrubber.text(resolved);
    else if (resolved instanceof Error) {
      msg = this.scrubber.text(resolved.message);
      fields.err = this.scrubber.error(resolved);
    } else fields.data = this.scrubber.value(resolved);
    if (typeof errorStack === 'string') fields.stack = this.scrubber.text(errorStack);
    if (params) fields.params = this.scrubber.value(params);
    return { msg, fields };
  }
}

function jsonLogger(options: HeraldLoggerOptions): PinoLogger {
  return pino(
    {
      // Nest decides which levels are printed (LOG_LEVEL); pino writes whatever reaches it.
      level: 'trace',
      base: { app: options.app, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // `err` is already a plain, scrubbed { type, message, stack }: pino's error serializer would rename its type.
      serializers: { err: (error: unknown) => error },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    options.destination ?? (standardOutput ??= pino.destination({ dest: 1, sync: true })),
  );
}
