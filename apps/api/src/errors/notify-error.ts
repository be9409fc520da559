import type { FieldProblem } from '@herald/domain';

/**
 * An error a department sees, in Notify's envelope:
 * `{"status_code": 400, "errors": [{"error": "BadRequestError", "message": "..."}]}`.
 * Thrown by the API's services; NotifyExceptionFilter writes it out unchanged.
 */
export interface NotifyErrorEntry {
  readonly error: string;
  readonly message: string;
  readonly [extra: string]: unknown;
}

export class NotifyError extends Error {
  readonly errors: NotifyErrorEntry[];

  constructor(
    readonly statusCode: number,
    errors: NotifyErrorEntry[],
  ) {
    super(errors.map((e) => e.message).join('; '));
    this.name = errors[0]?.error ?? 'NotifyError';
    this.errors = errors;
  }

  toBody(): { status_code: number; errors: NotifyErrorEntry[] } {
    return { status_code: this.statusCode, errors: this.errors };
  }
}

export const badRequest = (message: string, status = 400): NotifyError => new NotifyError(status, [{ error: 'BadRequestError', message }]);
export const authError = (message: string, status = 403): NotifyError => new NotifyError(status, [{ error: 'AuthError', message }]);
export const noResultFound = (): NotifyError => new NotifyError(404, [{ error: 'NoResultFound', message: 'No result found' }]);
export const validationErrors = (messages: string[]): NotifyError =>
  new NotifyError(
    400,
    [...new Set(messages)].map((message) => ({ error: 'ValidationError', message })),
  );

/** 400 with one ValidationError per field problem; each entry carries its `field`. */
export const fieldErrors = (problems: readonly FieldProblem[]): NotifyError =>
  new NotifyError(
    400,
    problems.map((p) => ({ error: 'ValidationError', message: p.message, field: p.field })),
  );
