import { InternalApiError, SendableTemplate } from '@herald/contracts';
import type { FormErrors } from '../forms/form-errors';
import { wordsOf } from '../forms/problem-words';

/** One input of the send-one form: the field's name (as the template and API name it) and its HTML id. */
export interface SendField {
  readonly name: string;
  readonly id: string;
  readonly label: string;
}

export const fieldId = (name: string): string =>
  `field-${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

export function sendFields(template: SendableTemplate): SendField[] {
  return [...template.recipientFields, ...template.placeholders].map((name) => ({ name, id: fieldId(name), label: labelOf(name) }));
}

/** The posted form's values for the template's fields (other form fields, e.g. csrf_token, left out). */
export function sendValues(template: SendableTemplate, form: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(sendFields(template).map((field) => [field.name, typeof form[field.name] === 'string' ? (form[field.name] as string) : '']));
}

/** The API's field problems in the admin's words, pointing at the form's inputs; null for any other error. */
export function sendFormErrors(error: unknown, fields: readonly SendField[], values: Readonly<Record<string, string>> = {}): FormErrors | null {
  if (!(error instanceof InternalApiError) || error.status !== 400) return null;
  const list: FormErrors['list'] = [];
  const byField: Record<string, { text: string }> = {};
  for (const problem of error.problems) {
    // A problem with no field (e.g. trial mode) points at the recipient, the first field.
    const id = problem.field ? fieldId(problem.field) : (fields[0]?.id ?? 'main-content');
    const name = problem.field ?? fields[0]?.name ?? '';
    const text = wordsOf(problem, { label: name, value: values[name], where: 'form' });
    list.push({ text, href: `#${id}` });
    byField[id] ??= { text };
  }
  return { list, byField };
}

function labelOf(name: string): string {
  const text = name.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
