import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type Redis from 'ioredis';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { FieldCipher } from '@herald/persistence';
import { connectWithin, openFailFastRedis } from '@herald/redis';

/** One public API request as the service's team sees it: never a body, never a recipient. */
export interface ApiRequestRecord {
  /** ISO time the response was sent. */
  readonly at: string;
  readonly method: string;
  /** Without the query string. */
  readonly path: string;
  readonly status: number;
  readonly keyId: string;
  /**
   * The first error message of a refused or failed request. Notify's validation messages echo
   * the request (`email_address jane@… is not of type string`), so entries are encrypted in Redis.
   */
  readonly error: string | null;
}

const KEPT = 200;
const LOG_SECONDS = 7 * 24 * 3600;
const LAST_USED_SECONDS = 90 * 24 * 3600;
const CONNECT_WAIT_MS = 2000;
const WARN_EVERY_MS = 60_000;

/**
 * The latest public API requests of each service, in a capped Redis list (newest first), and
 * when each key was last used. Writes never wait for Redis: while it is away they are dropped,
 * with a warning at most once a minute.
 */
@Injectable()
export class ApiRequestLog implements OnModuleInit, OnApplicationShutdown {
  private readonly client: Redis;
  private readonly prefix: string;
  private readonly logger = new Logger('ApiRequestLog');
  private lastWarning = 0;

  constructor(
    @InjectConfig() config: HeraldConfig,
    private readonly cipher: FieldCipher,
  ) {
    this.prefix = `${config.queuePrefix}:api-requests`;
    this.client = openFailFastRedis(config.redisUrl, 1000);
  }

  async onModuleInit(): Promise<void> {
    await connectWithin(this.client, CONNECT_WAIT_MS);
  }

  onApplicationShutdown(): void {
    this.client.disconnect();
  }

  /** Fire and forget: resolves when written or dropped, never rejects. */
  async record(serviceId: string, entry: ApiRequestRecord, keyWasAccepted: boolean): Promise<void> {
    const list = this.listKey(serviceId);
    const multi = this.client
      .multi()
      .lpush(list, this.cipher.encryptJson(entry))
      .ltrim(list, 0, KEPT - 1)
      .expire(list, LOG_SECONDS);
    if (keyWasAccepted) multi.hset(this.lastUsedKey(serviceId), entry.keyId, entry.at).expire(this.lastUsedKey(serviceId), LAST_USED_SECONDS);
    try {
      await multi.exec();
    } catch (error) {
      this.warn(error as Error);
    }
  }

  /** Newest first. Entries that cannot be decrypted (an earlier key or format) are left out. */
  async latest(serviceId: string, count: number): Promise<ApiRequestRecord[]> {
    const rows = await this.client.lrange(this.listKey(serviceId), 0, count - 1);
    return rows.flatMap((row) => {
      try {
        return [this.cipher.decryptJson<ApiRequestRecord>(row)];
      } catch {
        return [];
      }
    });
  }

  /** Key id to the time of its last accepted request. */
  async lastUsed(serviceId: string): Promise<Map<string, string>> {
    return new Map(Object.entries(await this.client.hgetall(this.lastUsedKey(serviceId))));
  }

  private listKey(serviceId: string): string {
    return `${this.prefix}:${serviceId}`;
  }

  private lastUsedKey(serviceId: string): string {
    return `${this.prefix}:${serviceId}:last-used`;
  }

  private warn(error: Error): void {
    const now = Date.now();
    if (now - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = now;
    this.logger.warn(`API requests are not being recorded: Redis did not answer (${error.message})`);
  }
}
