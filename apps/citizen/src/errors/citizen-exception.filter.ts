import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { CitizenApiError } from '@herald/contracts';
import { CitizenReply, CitizenRequest } from '../session/citizen-request';
import type { CitizenSession } from '../session/citizen-session';
import { CsrfRejected, SignInRequired } from '../session/sign-in-required.error';

/**
 * Turns what went wrong into a page: no sign-in, or one the API no longer accepts (401, 403), back
 * to sign in (returning here after); an unknown page or message to "Page not found"; anything
 * else a page that says nothing about the internals (and a log line without the person's data).
 */
@Catch()
export class CitizenExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Citizen');

  constructor(private readonly session: CitizenSession) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<CitizenRequest>();
    const reply = host.switchToHttp().getResponse<CitizenReply>();
    if (exception instanceof SignInRequired || (exception instanceof CitizenApiError && exception.signInEnded)) {
      const ended = request.person !== null || this.session.present(request);
      this.session.end(reply);
      const next = request.method === 'GET' ? request.url : '/messages';
      await reply.redirect(`/sign-in?next=${encodeURIComponent(next)}${ended ? '&ended=1' : ''}`, 303);
      return;
    }
    if (exception instanceof CsrfRejected) {
      await reply.code(403).view('errors/csrf.njk', {});
      return;
    }
    const status = statusOf(exception);
    if (status === 404 || status === 405) {
      await reply.code(404).view('errors/404.njk', {});
      return;
    }
    this.logger.error(
      `${exception instanceof Error ? exception.constructor.name : 'Exception'} (${status}) on ${request.method} ${request.routeOptions.url ?? ''}: ${exception instanceof Error ? exception.message : String(exception)}`,
    );
    await reply.code(status === 503 ? 503 : 500).view('errors/500.njk', {});
  }
}

function statusOf(exception: unknown): number {
  if (exception instanceof CitizenApiError) return exception.status;
  if (exception instanceof HttpException) return exception.getStatus();
  return 500;
}
