/**
 * Which rule refused a form's value or a file's cell, as the internal API reports it beside its own
 * message. The sending rules' codes (libs/sending's SendProblemCode, which the API assigns to this
 * type, so a new rule fails to compile until it is listed here) and the checks only a file has.
 * The admin words each one for people (apps/admin/src/forms/problem-words.ts); the API and CLI
 * keep their own wording.
 */
export const PROBLEM_CODES = [
  'channel-not-permitted',
  'template-not-found',
  'template-wrong-type',
  'template-archived',
  'missing-personalisation',
  'file-not-allowed',
  'empty-message',
  'too-long',
  'unknown-reply-to',
  'unknown-sms-sender',
  'invalid-recipient',
  'recipient-not-allowed',
  'number-not-allowed',
  'letters-not-allowed',
  'qr-code-too-long',
  'daily-limit',
  // Only a file (or the one-off form, checked as a file's row) has these.
  'missing-column',
  'empty-cell',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];
