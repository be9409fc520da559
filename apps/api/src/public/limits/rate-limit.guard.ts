import { applyDecorators, CanActivate, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { AuthenticatedKey } from '../auth/api-key-authenticator';
import { RateLimiter } from './rate-limiter';

/**
 * Takes a token for the authenticated key before the body is even parsed (Notify's order: auth,
 * then limits, then validation), so a request that later fails validation still costs a token.
 * Runs after ApiKeyGuard: class-level guards run before method-level ones.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(private readonly limiter: RateLimiter) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const key = context.switchToHttp().getRequest<{ authenticatedKey?: AuthenticatedKey }>().authenticatedKey;
    if (!key) throw new Error('RateLimitGuard used without ApiKeyGuard before it');
    await this.limiter.take(key.service, key.keyType);
    return true;
  }
}

/** Put on every POST /v2/notifications/* handler of a controller guarded by ApiKeyGuard. */
export const RateLimited = () => applyDecorators(UseGuards(RateLimitGuard));
