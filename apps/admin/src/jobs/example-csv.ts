import type { SendableTemplate } from '@herald/contracts';

/** The recipient columns of an example file, with a made-up recipient (Notify's examples). */
const RECIPIENT: Readonly<Record<SendableTemplate['type'], ReadonlyArray<readonly [string, string]>>> = {
  email: [['email address', 'test@example.com']],
  sms: [['phone number', '07700 900123']],
  letter: [
    ['address line 1', 'A. Name'],
    ['address line 2', '123 Example Street'],
    ['address line 3', 'XM4 5HQ'],
  ],
};

/**
 * An example file for a template: a header of the recipient columns and the template's
 * placeholders, and one row of made-up values, as CSV.
 */
export function exampleCsv(template: Pick<SendableTemplate, 'type' | 'placeholders'>): string {
  const columns = [...RECIPIENT[template.type], ...template.placeholders.map((name) => [name, `example ${name}`] as const)];
  return [columns.map(([name]) => csvCell(name)).join(','), columns.map(([, value]) => csvCell(value)).join(',')].join('\r\n') + '\r\n';
}

/** The file's name: the template's, made safe. */
export function exampleFileName(templateName: string): string {
  const base =
    templateName
      .replace(/[^A-Za-z0-9 _-]+/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase() || 'template';
  return `${base}-example.csv`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
