import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger, NotFoundException } from '@nestjs/common';
import { asNotifyError } from '../../errors/domain-errors';
import { badRequestBody, METHOD_NOT_ALLOWED_BODY, NOT_FOUND_BODY } from './notify-error-bodies';

interface Reply {
  status(code: number): Reply;
  header(name: string, value: string): Reply;
  send(body: unknown): void;
}

/**
 * Every error leaves in Notify's shape: NotifyErrors as they are, the domain's refusals as the
 * NotifyErrors they stand for (asNotifyError), unknown routes in Notify's legacy 404 shape, any
 * other refusal of the request (Fastify's 4xx errors) as a BadRequestError, anything else as a
 * 500 that says nothing about the internals.
 */
@Catch()
export class NotifyExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('NotifyExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<Reply>();
    const notifyError = asNotifyError(exception);
    if (notifyError) {
      reply.status(notifyError.statusCode).send(notifyError.toBody());
      return;
    }
    if (exception instanceof NotFoundException) {
      reply.status(404).send(NOT_FOUND_BODY);
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 405) {
        reply.status(405).send(METHOD_NOT_ALLOWED_BODY);
        return;
      }
      if (status === 413) {
        reply.status(413).send(badRequestBody(413, 'Request entity too large'));
        return;
      }
      if (status >= 400 && status < 500) {
        reply.status(status).send(badRequestBody(status, exception.message));
        return;
      }
    }
    const name = exception instanceof Error ? exception.constructor.name : 'Exception';
    // Only the class and message: request bodies (personal data) are never logged.
    this.logger.error(
      `${name}: ${exception instanceof Error ? exception.message : String(exception)}`,
      exception instanceof Error ? exception.stack : undefined,
    );
    reply.status(500).send({ status_code: 500, errors: [{ error: name, message: 'Internal server error' }] });
  }
}
