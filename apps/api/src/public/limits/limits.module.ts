import { Module } from '@nestjs/common';
import { LimitsRedis } from './limits-redis';
import { RateLimiter } from './rate-limiter';
import { RateLimitGuard } from './rate-limit.guard';
import { SendLimits } from './send-limits.service';

/** The API rate limit (RateLimitGuard / @RateLimited()) and the daily send limits (SendLimits), kept in Redis. */
@Module({
  providers: [LimitsRedis, RateLimiter, RateLimitGuard, SendLimits],
  exports: [RateLimiter, RateLimitGuard, SendLimits],
})
export class LimitsModule {}
