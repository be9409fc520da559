import { connectWithin } from '../fail-fast-redis';
import { openRedis, RedisClient, RedisTarget } from '../redis-connection';
import { RedisOutageReporter } from '../redis-outage-reporter';

/** A change to a service's settings as it travels between processes (libs/persistence's SettingsChange). */
export interface SettingsMessage {
  readonly kind: string;
  readonly serviceId: string;
}

export interface SettingsChannelListener {
  readonly message: (message: unknown) => void;
  /** True once subscribed (again, after a reconnection); false as soon as the subscription is lost. */
  readonly hearing: (hearing: boolean) => void;
}

const PUBLISH_TIMEOUT_MS = 1000;
const CONNECT_WAIT_MS = 2000;

/**
 * The Redis pub/sub channel on which every process announces a change to the settings the API
 * caches (`<QUEUE_PREFIX>:settings-changes`). Publishing connects on first use, so a CLI command
 * that changes nothing never connects; a failed publish is reported, never thrown: the change is
 * already committed, and caches drop unheard changes within their TTL.
 */
export class RedisSettingsChannel {
  private readonly channel: string;
  private publisher: RedisClient | null = null;
  private subscriber: RedisClient | null = null;

  constructor(
    private readonly redis: RedisTarget,
    queuePrefix: string,
    private readonly warn: (message: string) => void,
  ) {
    this.channel = `${queuePrefix}:settings-changes`;
  }

  async publish(message: SettingsMessage): Promise<void> {
    try {
      if (!this.publisher) {
        // Not watched by RedisOutageReporter: a failure is reported here, once per change, through `warn` (the CLI's stderr).
        this.publisher = openRedis(this.redis, {
          lazyConnect: true,
          enableOfflineQueue: false,
          maxRetriesPerRequest: 0,
          commandTimeout: PUBLISH_TIMEOUT_MS,
          disconnectTimeout: 100,
          retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
        });
        this.publisher.on('error', () => undefined);
        await connectWithin(this.publisher, CONNECT_WAIT_MS);
      }
      await this.publisher.publish(this.channel, JSON.stringify(message));
    } catch (error) {
      this.warn(
        `Other processes were not told of a change to service ${message.serviceId}'s settings (${(error as Error).message}); they see it within a minute`,
      );
    }
  }

  /** Subscribes on a connection of its own, again after every reconnection; resolves once subscribed or after a short wait. */
  async subscribe(listener: SettingsChannelListener): Promise<void> {
    const subscriber = openRedis(this.redis, {
      // Named, so that an operator (or a test) can find it in CLIENT LIST.
      connectionName: `${this.channel}:subscriber`,
      lazyConnect: true,
      autoResubscribe: false,
      maxRetriesPerRequest: 0,
      disconnectTimeout: 100,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    this.subscriber = RedisOutageReporter.for(this.redis.redisUrl).watch(subscriber);
    let subscribed: () => void = () => undefined;
    const firstSubscription = new Promise<void>((resolve) => (subscribed = resolve));
    subscriber.on('message', (channel: string, text: string) => {
      if (channel === this.channel) listener.message(parsed(text));
    });
    subscriber.on('close', () => listener.hearing(false));
    subscriber.on('ready', () => {
      subscriber.subscribe(this.channel).then(
        () => {
          listener.hearing(true);
          subscribed();
        },
        () => listener.hearing(false),
      );
    });
    await connectWithin(subscriber, CONNECT_WAIT_MS);
    await Promise.race([firstSubscription, new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref())]);
  }

  close(): void {
    this.publisher?.disconnect();
    this.subscriber?.disconnect();
  }
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
