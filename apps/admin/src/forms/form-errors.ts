import { InternalApiError } from '@herald/contracts';
import { wordsOf } from './problem-words';

/** What a govuk error summary and the inline error messages need. */
export interface FormErrors {
  /** For govukErrorSummary: `errorList`. */
  readonly list: { text: string; href: string }[];
  /** For each field's `errorMessage`: `errors.byField.name`. */
  readonly byField: Record<string, { text: string }>;
}

/**
 * The field problems of a 400 from the internal API as form errors, or null for any other error
 * (which the caller rethrows so the exception filter shows the right page).
 */
export function formErrorsOf(error: unknown): FormErrors | null {
  if (!(error instanceof InternalApiError) || error.status !== 400) return null;
  const list: FormErrors['list'] = [];
  const byField: FormErrors['byField'] = {};
  for (const problem of error.problems) {
    const field = problem.field ?? 'form';
    const text = wordsOf(problem);
    list.push({ text, href: `#${field}` });
    byField[field] ??= { text };
  }
  return { list, byField };
}

/** Form errors built in the admin itself (before anything is sent to the API). */
export function formErrors(problems: { field: string; message: string }[]): FormErrors {
  return {
    list: problems.map((p) => ({ text: p.message, href: `#${p.field}` })),
    byField: Object.fromEntries(problems.map((p) => [p.field, { text: p.message }])),
  };
}
