import { columnKey, jobRecipient, recipientColumns, refusalForService, requiredRecipientColumns } from '@herald/domain';
import type { Service, TemplateVersion } from '@herald/persistence';
import { placeholdersIn, renderSms, SMS_CHARACTER_LIMIT } from '@herald/templating';
import { TRIAL_MODE } from '../../public/notifications/recipient-policy';
import type { RecipientAllowed } from '../send/trial-mode-recipients';
import type { SpreadsheetRow } from './spreadsheet-rows';

/** A problem with one cell (or with the header, row 1) of an uploaded file. */
export interface RowProblem {
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

export type CheckedRow =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly values: Record<string, string> }
  | { readonly kind: 'bad'; readonly problems: RowProblem[] };

/**
 * Checks an uploaded file's rows against a template with the API's rules: the recipient column
 * (same validation and messages as the API), a value for every placeholder, text length, and
 * what the service may send to.
 */
export class UploadRowChecker {
  private readonly placeholders: ReadonlyArray<{ name: string; key: string }>;
  private readonly recipientKeys: ReadonlySet<string>;

  private constructor(
    private readonly columns: readonly string[],
    private readonly template: TemplateVersion,
    private readonly service: Service,
    private readonly allowed: RecipientAllowed | null,
  ) {
    this.recipientKeys = new Set(recipientColumns(template.type).map(columnKey));
    this.placeholders = placeholdersIn(template.subject ?? '', template.content).filter((p) => !this.recipientKeys.has(columnKey(p.name)));
  }

  /**
   * A checker for the file whose header (row 1) this is, or the header's problems. `allowed`
   * limits the recipients (trial mode); null lets the file go to anyone.
   */
  static forHeader(header: SpreadsheetRow | undefined, template: TemplateVersion, service: Service, allowed: RecipientAllowed | null): UploadRowChecker | RowProblem[] {
    const columns = (header?.cells ?? []).map((cell) => cell.trim());
    const present = new Set(columns.map(columnKey));
    const needed = [...requiredRecipientColumns(template.type), ...placeholdersIn(template.subject ?? '', template.content).map((p) => p.name)];
    const missing = [...new Map(needed.map((name) => [columnKey(name), name])).entries()].filter(([key]) => !present.has(key)).map(([, name]) => name);
    if (missing.length) return missing.map((name) => ({ row: 1, column: name, message: `Missing column: the file needs a column called ‘${name}’` }));
    return new UploadRowChecker(columns, template, service, allowed);
  }

  check(row: SpreadsheetRow): CheckedRow {
    const values: Record<string, string> = {};
    this.columns.forEach((name, index) => {
      if (name !== '' && !(name in values)) values[name] = (row.cells[index] ?? '').trim();
    });
    if (Object.values(values).every((value) => value === '')) return { kind: 'empty' };
    const byKey = new Map(Object.entries(values).map(([name, value]) => [columnKey(name), value]));
    const problems = [...this.recipientProblems(row.rowNumber, byKey), ...this.placeholderProblems(row.rowNumber, byKey)];
    if (problems.length === 0 && this.template.type === 'sms') problems.push(...this.lengthProblems(row.rowNumber, values));
    return problems.length ? { kind: 'bad', problems } : { kind: 'ok', values };
  }

  private recipientProblems(row: number, byKey: Map<string, string>): RowProblem[] {
    const permissions = this.service.permissions;
    const recipient = jobRecipient(this.template.type, byKey, { allowInternationalLetters: permissions.includes('international_letters') });
    if (!recipient.ok) return [{ row, column: recipient.column, message: recipient.message }];
    if (recipient.type !== 'letter' && this.allowed && !this.allowed(recipient.type, recipient.normalised)) {
      return [{ row, column: recipient.type === 'email' ? 'email address' : 'phone number', message: TRIAL_MODE }];
    }
    if (recipient.type !== 'sms') return [];
    const refusal = refusalForService(recipient.phone, { international: permissions.includes('international_sms'), ukLandline: permissions.includes('sms_to_uk_landlines') });
    return refusal ? [{ row, column: 'phone number', message: refusal.message }] : [];
  }

  private placeholderProblems(row: number, byKey: Map<string, string>): RowProblem[] {
    return this.placeholders
      .filter((placeholder) => (byKey.get(placeholder.key) ?? '') === '')
      .map((placeholder) => ({ row, column: placeholder.name, message: 'Empty: every placeholder needs a value' }));
  }

  private lengthProblems(row: number, values: Record<string, string>): RowProblem[] {
    const sms = renderSms(this.template.content, values, { prefix: this.service.prefixSms ? this.service.name : null });
    if (sms.characterCount <= SMS_CHARACTER_LIMIT) return [];
    return [{
      row, column: 'message',
      message: `Your message is too long. Text messages cannot be longer than ${SMS_CHARACTER_LIMIT} characters. Your message is ${sms.characterCount} characters long.`,
    }];
  }
}
