import { Logger } from '@nestjs/common';
import { connect } from 'node:net';
import { redisAddress } from './redis-address';

/**
 * Anything that reports its Redis connection's failures as 'error' events: ioredis clients (which
 * emit 'end' once closed for good) and BullMQ queues and workers (which emit 'closed').
 */
export interface RedisErrorSource {
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'end' | 'closed', listener: () => void): unknown;
}

/** Errors that mean "the connection is down", as opposed to a command or a job going wrong. */
const CONNECTION_ERROR =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE|Connection is closed|connect ETIMEDOUT|Stream isn't writeable/;
const RECHECK_MS = 500;
const PROBE_TIMEOUT_MS = 1000;
const OTHER_ERROR_EVERY_MS = 60_000;

/**
 * Every Redis client in a process (queues, workers, limits, the request log, SMS failover,
 * callback slots) reports its connection errors here. An outage is one line when it starts and
 * one when it ends, however many clients retry how often; the reporter confirms with a connection
 * of its own, so one client's stale error while Redis answers is not an outage. One reporter per
 * Redis URL and process: the embedded start runs the API and the worker side by side.
 */
export class RedisOutageReporter {
  private static readonly reporters = new Map<string, RedisOutageReporter>();
  private readonly logger = new Logger('Redis');
  private state: 'up' | 'checking' | 'down' = 'up';
  private lastOtherError = 0;
  /** Sources not yet closed: once all are, an outage is no longer anyone's concern and the probing stops. */
  private open = 0;
  /** What went without Redis since the failure being confirmed or the outage under way, told when it is over. */
  private readonly effects = new Map<string, { count: number; describe: (count: number) => string }>();

  private constructor(private readonly redisUrl: string) {}

  /** The process's reporter for this Redis. */
  static for(redisUrl: string): RedisOutageReporter {
    let reporter = RedisOutageReporter.reporters.get(redisUrl);
    if (!reporter) {
      reporter = new RedisOutageReporter(redisUrl);
      RedisOutageReporter.reporters.set(redisUrl, reporter);
    }
    return reporter;
  }

  /** Takes over the source's 'error' events (so none reaches the console as an unhandled error). */
  watch<T extends RedisErrorSource>(source: T): T {
    this.open += 1;
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      this.open -= 1;
    };
    source.on('error', (error: Error) => this.report(error));
    source.on('end', close);
    source.on('closed', close);
    return source;
  }

  /**
   * For work that went on without Redis (a limit not checked, a notification stored but not
   * queued): counted instead of logged line by line. When the failure proves to be an outage the
   * count is told in the outage's closing line; when Redis still answers, in one warning at once.
   * `key` groups alike effects; `describe` words their count.
   */
  noteEffect(error: Error, key: string, describe: (count: number) => string, count = 1): void {
    const effect = this.effects.get(key) ?? { count: 0, describe };
    effect.count += count;
    this.effects.set(key, effect);
    this.report(error);
  }

  private report(error: Error): void {
    if (this.state !== 'up') return;
    this.state = 'checking';
    void this.confirm(error);
  }

  private async confirm(error: Error): Promise<void> {
    if (await this.answers()) {
      this.state = 'up';
      const effects = this.takeEffects();
      if (effects) this.logger.warn(`Redis did not answer in time (${error.message}): ${effects}`);
      else if (!CONNECTION_ERROR.test(error.message)) this.warnOther(error);
      return;
    }
    this.state = 'down';
    const started = Date.now();
    this.logger.warn(`Redis at ${redisAddress(this.redisUrl)} is unreachable: ${error.message}; retrying`);
    while (!(await this.answers())) {
      if (this.open === 0) break;
      await pause(RECHECK_MS);
    }
    this.state = 'up';
    const effects = this.takeEffects();
    if (this.open > 0) this.logger.log(`Redis is back after ${Math.round((Date.now() - started) / 1000)} s${effects ? `; while it was down, ${effects}` : ''}`);
  }

  /** The effects noted so far, in words ('' for none), and a fresh count. */
  private takeEffects(): string {
    const words = [...this.effects.values()].map((effect) => effect.describe(effect.count)).join('; ');
    this.effects.clear();
    return words;
  }

  private warnOther(error: Error): void {
    if (Date.now() - this.lastOtherError < OTHER_ERROR_EVERY_MS) return;
    this.lastOtherError = Date.now();
    this.logger.warn(`Redis client error: ${error.message}`);
  }

  /**
   * Whether Redis accepts a connection: a fresh socket, as the clients' own are busy retrying.
   * Neither the socket nor its timer keeps a stopping process alive.
   */
  private answers(): Promise<boolean> {
    const { hostname, port } = new URL(this.redisUrl);
    return new Promise((resolve) => {
      const socket = connect({ host: hostname, port: Number(port || 6379) });
      socket.unref();
      const finish = (answered: boolean) => {
        clearTimeout(timer);
        socket.destroy();
        resolve(answered);
      };
      const timer = setTimeout(() => finish(false), PROBE_TIMEOUT_MS);
      timer.unref();
      socket.once('connect', () => finish(true));
      socket.once('error', () => finish(false));
    });
  }
}

/** A wait that does not keep a stopping process alive. */
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
