import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { CitizenRequest } from './citizen-request';
import { CsrfTokens } from './csrf-tokens';
import { CSRF_COOKIE } from './session-cookies';
import { CsrfRejected } from './sign-in-required.error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every form post must carry the token (`csrf_token`) that matches this browser's CSRF cookie. */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly tokens: CsrfTokens) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<CitizenRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    const token = (request.body as Record<string, unknown> | undefined)?.csrf_token;
    if (!this.tokens.matches(request.cookies[CSRF_COOKIE], token)) throw new CsrfRejected();
    return true;
  }
}
