import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { InternalApiError } from '@herald/contracts';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { SESSION_COOKIE } from '../session/session-cookies';
import { CsrfRejected, SignInRequired } from '../session/sign-in-required.error';

/**
 * Turns what went wrong into a page: an ended session back to sign-in (returning here after),
 * another service's id into "Page not found", a missing permission into 403, anything else a 500
 * page that says nothing about the internals.
 */
@Catch()
export class AdminExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Admin');

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<AdminRequest>();
    const reply = host.switchToHttp().getResponse<AdminReply>();
    const status = statusOf(exception);
    if (exception instanceof SignInRequired || status === 401) {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      const returnTo = request.method === 'GET' ? request.url : '/services';
      await reply.redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`, 303);
      return;
    }
    if (exception instanceof CsrfRejected) {
      await reply.code(403).view('errors/csrf.njk', { reload: request.headers.referer ?? '/' });
      return;
    }
    if (status === 404 || status === 403 || status === 405) {
      await reply.code(status).view(`errors/${status === 405 ? 404 : status}.njk`, {});
      return;
    }
    this.logger.error(
      `${exception instanceof Error ? exception.constructor.name : 'Exception'} on ${request.method} ${request.routeOptions.url ?? ''}: ${exception instanceof Error ? exception.message : String(exception)}`,
    );
    await reply.code(500).view('errors/500.njk', {});
  }
}

function statusOf(exception: unknown): number {
  if (exception instanceof InternalApiError) return exception.status;
  if (exception instanceof HttpException) return exception.getStatus();
  return 500;
}
