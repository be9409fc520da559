import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { FieldCipher } from '@herald/persistence';
import { connectWithin, LuaScript, openFailFastRedis, RedisClient, RedisOutageReporter } from '@herald/redis';

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

/**
 * One request recorded in one command: pushed on the service's list (KEYS[1]), the list capped
 * and kept; with KEYS[2], the key's last use too. ARGV: entry, kept, log seconds, key id, time,
 * last-used seconds.
 */
const RECORD = new LuaScript(`
redis.call('LPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[2]) - 1)
redis.call('EXPIRE', KEYS[1], ARGV[3])
if #KEYS > 1 then
  redis.call('HSET', KEYS[2], ARGV[4], ARGV[5])
  redis.call('EXPIRE', KEYS[2], ARGV[6])
end
return 0
`);

/**
 * The latest public API requests of each service, in a capped Redis list (newest first), and
 * when each key was last used. Writes never wait for Redis: while it is away they are dropped,
 * with a warning at most once a minute.
 */
@Injectable()
export class ApiRequestLog implements OnModuleInit, OnApplicationShutdown {
  private readonly client: RedisClient;
  private readonly prefix: string;
  private readonly outages: RedisOutageReporter;

  constructor(
    @InjectConfig() config: HeraldConfig,
    private readonly cipher: FieldCipher,
  ) {
    this.prefix = `${config.queuePrefix}:api-requests`;
    // A record per request: concurrent requests' records share writes.
    this.client = openFailFastRedis(config, 1000, { autoPipelining: true });
    this.outages = RedisOutageReporter.for(config.redisUrl);
  }

  async onModuleInit(): Promise<void> {
    await connectWithin(this.client, CONNECT_WAIT_MS);
  }

  onApplicationShutdown(): void {
    this.client.disconnect();
  }

  /** Fire and forget: resolves when written or dropped, never rejects. */
  async record(serviceId: string, entry: ApiRequestRecord, keyWasAccepted: boolean): Promise<void> {
    const keys = keyWasAccepted ? [this.listKey(serviceId), this.lastUsedKey(serviceId)] : [this.listKey(serviceId)];
    try {
      await RECORD.run(this.client, keys, [this.cipher.encryptJson(entry), KEPT, LOG_SECONDS, entry.keyId, entry.at, LAST_USED_SECONDS]);
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

  /** Counted for the line that ends the outage (RedisOutageReporter), not logged request by request. */
  private warn(error: Error): void {
    this.outages.noteEffect(error, 'request-log', (count) => `${count} API request${count === 1 ? ' was' : 's were'} not recorded in the request log`);
  }
}
