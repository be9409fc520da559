import { Injectable } from '@nestjs/common';
import { LimitsRedis } from '@herald/redis';

const MAX_WRONG_ATTEMPTS = 10;
const WINDOW_SECONDS = 60 * 60;

/**
 * Wrong email addresses typed on a file's confirm page, counted per file in Redis: after 10 in
 * an hour the page stops answering, so the address cannot be guessed. If Redis is down the
 * check is skipped (and logged), as the other limits do.
 */
@Injectable()
export class WrongEmailAttempts {
  constructor(private readonly redis: LimitsRedis) {}

  async isBlocked(documentId: string): Promise<boolean> {
    return this.redis.orFallback(async () => Number(await this.redis.client.get(this.key(documentId))) >= MAX_WRONG_ATTEMPTS, false);
  }

  async record(documentId: string): Promise<void> {
    await this.redis.orFallback(async () => {
      const attempts = await this.redis.client.incr(this.key(documentId));
      if (attempts === 1) await this.redis.client.expire(this.key(documentId), WINDOW_SECONDS);
    }, undefined);
  }

  private key(documentId: string): string {
    return `${this.redis.keyPrefix}:document-email:${documentId}`;
  }
}
