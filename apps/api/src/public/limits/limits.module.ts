import { Module } from '@nestjs/common';
import { SendingModule } from '@herald/sending';
import { RateLimiter } from './rate-limiter';
import { RateLimitGuard } from './rate-limit.guard';

/** The API rate limit (RateLimitGuard / @RateLimited()), on the limits' Redis connection that the sending library's daily limits use too. */
@Module({
  imports: [SendingModule],
  providers: [RateLimiter, RateLimitGuard],
  exports: [RateLimiter, RateLimitGuard],
})
export class LimitsModule {}
