import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AdminRequest } from './admin-request';
import { CsrfTokens } from './csrf-tokens';
import { CSRF_COOKIE } from './session-cookies';
import { CsrfRejected } from './sign-in-required.error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const CSRF_IN_PARTS = 'herald:csrf-in-parts';

/**
 * Marks a multipart form's handler that checks the `csrf_token` field itself (checkCsrfToken), as
 * it reads the parts: the guard runs before the body, which is streamed, has been read.
 */
export const CsrfInParts = (): MethodDecorator => SetMetadata(CSRF_IN_PARTS, true);

/** Throws CsrfRejected unless `token` matches this browser's CSRF cookie. */
export function checkCsrfToken(tokens: CsrfTokens, request: AdminRequest, token: unknown): void {
  if (!tokens.matches(request.cookies[CSRF_COOKIE], token)) throw new CsrfRejected();
}

/**
 * Every form post must carry the token that matches this browser's CSRF cookie, as its
 * `csrf_token` field; never in the URL, where logs and the Referer header would keep it. A
 * multipart post (a file upload) is refused here unless its handler is marked CsrfInParts.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(
    private readonly tokens: CsrfTokens,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AdminRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    if (request.isMultipart()) {
      if (this.reflector.get<boolean>(CSRF_IN_PARTS, context.getHandler())) return true;
      throw new CsrfRejected();
    }
    checkCsrfToken(this.tokens, request, (request.body as Record<string, unknown> | undefined)?.csrf_token);
    return true;
  }
}
