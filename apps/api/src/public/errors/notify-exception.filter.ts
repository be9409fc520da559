import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger, NotFoundException } from '@nestjs/common';
import { NotifyError } from '@herald/domain';

interface Reply {
  status(code: number): Reply;
  header(name: string, value: string): Reply;
  send(body: unknown): void;
}

const NOT_FOUND = {
  result: 'error',
  message: 'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
};

/**
 * Every error leaves in Notify's shape: NotifyErrors as they are, unknown routes in Notify's
 * legacy 404 shape, anything else as a 500 that says nothing about the internals.
 */
@Catch()
export class NotifyExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('NotifyExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<Reply>();
    if (exception instanceof NotifyError) {
      reply.status(exception.statusCode).send(exception.toBody());
      return;
    }
    if (exception instanceof NotFoundException) {
      reply.status(404).send(NOT_FOUND);
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 405) {
        reply.status(405).send({ result: 'error', message: 'The method is not allowed for the requested URL.' });
        return;
      }
      if (status === 413) {
        reply.status(413).send({ status_code: 413, errors: [{ error: 'BadRequestError', message: 'Request entity too large' }] });
        return;
      }
    }
    const name = exception instanceof Error ? exception.constructor.name : 'Exception';
    // Only the class and message: request bodies (personal data) are never logged.
    this.logger.error(`${name}: ${exception instanceof Error ? exception.message : String(exception)}`, exception instanceof Error ? exception.stack : undefined);
    reply.status(500).send({ status_code: 500, errors: [{ error: name, message: 'Internal server error' }] });
  }
}
