/** A form field's problem, for the admin's error summary: `{ field: 'name', message: 'Enter a name' }`. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}
