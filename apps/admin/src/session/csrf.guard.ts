import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AdminRequest } from './admin-request';
import { CsrfTokens } from './csrf-tokens';
import { CSRF_COOKIE } from './session-cookies';
import { CsrfRejected } from './sign-in-required.error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every form post must carry the token that matches this browser's CSRF cookie: in the body
 * (`csrf_token`), or for multipart uploads in the form's action URL, since the file is streamed.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly tokens: CsrfTokens) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AdminRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    const fromBody = (request.body as Record<string, unknown> | undefined)?.csrf_token;
    const fromQuery = (request.query as Record<string, unknown> | undefined)?.csrf_token;
    if (!this.tokens.matches(request.cookies[CSRF_COOKIE], fromBody ?? fromQuery)) throw new CsrfRejected();
    return true;
  }
}
