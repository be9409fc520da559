import type { FieldProblem } from './field-problem';

/**
 * Input refused by a domain check (a template's fields, a new key, a sender), one problem per
 * field. The API answers it as a 400 of ValidationErrors carrying each `field`; the CLI names the
 * option instead.
 */
export class InvalidFieldsError extends Error {
  constructor(readonly problems: readonly FieldProblem[]) {
    super(problems.map((p) => p.message).join('; '));
    this.name = 'InvalidFieldsError';
  }
}
