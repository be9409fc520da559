import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { ApiKeyAuthenticator, AuthenticatedKey, MatchedKey } from './api-key-authenticator';

export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  authenticatedKey?: AuthenticatedKey;
  /** Set as soon as a key's signature matches, for the request log (see ApiRequestRecorder). */
  matchedKey?: MatchedKey;
}

/**
 * Runs before anything else on every /v2 route. ApiKeyHook has normally authenticated the request
 * already, before its body was read; the guard authenticates only a request the hook did not see.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(private readonly authenticator: ApiKeyAuthenticator) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (request.authenticatedKey) return true;
    const header = request.headers.authorization;
    request.authenticatedKey = await this.authenticator.authenticate(
      Array.isArray(header) ? header[0] : header,
      new Date(),
      (key) => (request.matchedKey = key),
    );
    return true;
  }
}

/** The key the guard authenticated: `@ApiKey() key: AuthenticatedKey`. */
export const ApiKey = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthenticatedKey => {
  const key = ctx.switchToHttp().getRequest<AuthenticatedRequest>().authenticatedKey;
  if (!key) throw new Error('ApiKey used on a route without ApiKeyGuard');
  return key;
});
