import type { ProblemCode } from '@herald/contracts';
import { NotifyError } from '../../errors/notify-error';

/** A form field's problem with the rule that found it, so the admin can word it for people. */
export interface CodedFieldProblem {
  readonly field: string;
  readonly message: string;
  readonly code: ProblemCode;
}

/** 400 with one ValidationError per problem, each carrying its `field` and `code`. */
export const codedFieldErrors = (problems: readonly CodedFieldProblem[]): NotifyError =>
  new NotifyError(
    400,
    problems.map((p) => ({ error: 'ValidationError', message: p.message, field: p.field, code: p.code })),
  );
