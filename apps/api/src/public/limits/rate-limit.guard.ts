import { applyDecorators, CanActivate, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { TemplateType } from '@herald/domain';
import { throwIfRefused } from '../../errors/send-refusals';
import { AuthenticatedKey } from '../auth/api-key-authenticator';
import { RateLimiter } from './rate-limiter';

const LIMITED_CHANNEL = 'herald:limited-channel';

/**
 * Takes a token for the authenticated key before the body is even parsed (Notify's order: auth,
 * then limits, then validation), so a request that later fails validation still costs a token;
 * a send also meets its channel's daily limit here, read in the same round trip.
 * Runs after ApiKeyGuard: class-level guards run before method-level ones.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const key = context.switchToHttp().getRequest<{ authenticatedKey?: AuthenticatedKey }>().authenticatedKey;
    if (!key) throw new Error('RateLimitGuard used without ApiKeyGuard before it');
    const channel = this.reflector.get<TemplateType | undefined>(LIMITED_CHANNEL, context.getHandler());
    throwIfRefused(await this.limiter.take(key.service, key.keyType, channel));
    return true;
  }
}

/**
 * Put on every POST /v2/notifications/* handler of a controller guarded by ApiKeyGuard; `channel`:
 * the handler sends one notification of that channel, whose daily limit is checked too.
 */
export const RateLimited = (channel?: TemplateType) => applyDecorators(SetMetadata(LIMITED_CHANNEL, channel), UseGuards(RateLimitGuard));
