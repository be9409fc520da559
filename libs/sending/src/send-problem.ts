/** Notify's error types a sending rule can answer with (docs/api.md, "Errors"). */
export type SendErrorType = 'BadRequestError' | 'ValidationError' | 'TooManyRequestsError' | 'InvalidPhoneError';

/** Which rule refused: callers that speak to people (a form, a spreadsheet) word some of them their own way. */
export type SendProblemCode =
  | 'channel-not-permitted'
  | 'template-not-found'
  | 'template-wrong-type'
  | 'template-archived'
  | 'missing-personalisation'
  | 'file-not-allowed'
  | 'empty-message'
  | 'too-long'
  | 'unknown-reply-to'
  | 'unknown-sms-sender'
  | 'invalid-recipient'
  | 'recipient-not-allowed'
  | 'number-not-allowed'
  | 'letters-not-allowed'
  | 'qr-code-too-long'
  | 'daily-limit';

/**
 * One reason a notification cannot be sent. `message` is Notify's exact message, as the v2 API
 * answers it; `detail` is the same without the field name (for a form or a file's column).
 */
export interface SendProblem {
  readonly code: SendProblemCode;
  /** The request field (or spreadsheet column) at fault: `email_address`, `phone_number`, `personalisation`, `template_id`… */
  readonly field: string;
  readonly message: string;
  readonly detail: string;
  readonly error: SendErrorType;
  readonly status: 400 | 403 | 429;
  /** Facts Notify adds to the error body (the QR code check's `data` and `max_bytes`). */
  readonly extra?: Readonly<Record<string, unknown>>;
  /** The placeholders without a value (`missing-personalisation`), for a form to point at. */
  readonly placeholders?: readonly string[];
}

interface ProblemOptions {
  readonly error?: SendErrorType;
  readonly status?: SendProblem['status'];
  /** Notify's message, when it is not the detail (a ValidationError names its field first). */
  readonly message?: string;
  readonly extra?: Readonly<Record<string, unknown>>;
  readonly placeholders?: readonly string[];
}

export function sendProblem(code: SendProblemCode, field: string, detail: string, options: ProblemOptions = {}): SendProblem {
  return {
    code,
    field,
    detail,
    message: options.message ?? detail,
    error: options.error ?? 'BadRequestError',
    status: options.status ?? 400,
    ...(options.extra ? { extra: options.extra } : {}),
    ...(options.placeholders ? { placeholders: options.placeholders } : {}),
  };
}

/** A ValidationError names the field it is about: `email_address Not a valid email address`. */
export const invalidField = (code: SendProblemCode, field: string, detail: string): SendProblem =>
  sendProblem(code, field, detail, { error: 'ValidationError', message: `${field} ${detail}` });
