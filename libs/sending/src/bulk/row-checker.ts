import { columnKey, recipientColumns, requiredRecipientColumns } from '@herald/domain';
import { placeholdersIn } from '@herald/templating';
import { composeNotification } from '../compose/compose-notification';
import type { SendingContext } from '../context/sending-context';
import type { SendProblem } from '../send-problem';
import { bulkRowCommand, RowSource } from './bulk-row-command';

/** Which rule a cell broke: a sending rule's, or one only a file has (a column missing, a placeholder's cell empty). */
export type RowProblemCode = SendProblem['code'] | 'missing-column' | 'empty-cell';

/** A problem with one cell (or with the header, row 1) of an uploaded file. */
export interface RowProblem {
  readonly row: number;
  readonly column: string;
  readonly message: string;
  readonly code: RowProblemCode;
}

/** One row of a spreadsheet: its number (the header is row 1) and its cells. */
export interface SheetRow {
  readonly rowNumber: number;
  readonly cells: readonly string[];
}

export type CheckedRow =
  { readonly kind: 'empty' } | { readonly kind: 'ok'; readonly values: Record<string, string> } | { readonly kind: 'bad'; readonly problems: RowProblem[] };

const RECIPIENT_CODES = new Set<SendProblem['code']>(['invalid-recipient', 'recipient-not-allowed', 'number-not-allowed']);
/** About the whole file, not a row: the callers check these once (the template, the channel, letters in trial mode). */
const FILE_CODES = new Set<SendProblem['code']>([
  'channel-not-permitted',
  'template-not-found',
  'template-wrong-type',
  'template-archived',
  'letters-not-allowed',
]);
const missingColumn = (name: string): RowProblem => ({
  row: 1,
  column: name,
  message: `Missing column: the file needs a column called ‘${name}’`,
  code: 'missing-column',
});
const RECIPIENT_COLUMN = { email: 'email address', sms: 'phone number', letter: 'address' } as const;

/**
 * Checks a file's rows (or the admin's one-off form) with the sending rules every notification
 * passes (composeNotification), plus what only a file has: the columns it needs and a value in
 * every placeholder's cell. Problems are worded for a spreadsheet: by column, not by request field.
 */
export class RowChecker {
  private readonly placeholders: ReadonlyArray<{ name: string; key: string }>;

  private constructor(
    private readonly columns: readonly string[],
    private readonly from: RowSource,
    private readonly context: SendingContext,
  ) {
    const recipientKeys = new Set(recipientColumns(from.template.type).map(columnKey));
    this.placeholders = placeholdersIn(from.template.subject ?? '', from.template.content).filter((p) => !recipientKeys.has(columnKey(p.name)));
  }

  /** A checker for the file whose header (row 1) this is, or the header's problems. */
  static forHeader(header: SheetRow | undefined, from: RowSource, context: SendingContext): RowChecker | RowProblem[] {
    const columns = (header?.cells ?? []).map((cell) => cell.trim());
    const present = new Set(columns.map(columnKey));
    const { template } = from;
    const needed = [...requiredRecipientColumns(template.type), ...placeholdersIn(template.subject ?? '', template.content).map((p) => p.name)];
    const missing = [...new Map(needed.map((name) => [columnKey(name), name])).entries()].filter(([key]) => !present.has(key)).map(([, name]) => name);
    if (missing.length) return missing.map(missingColumn);
    return new RowChecker(columns, from, context);
  }

  check(row: SheetRow): CheckedRow {
    const values: Record<string, string> = {};
    this.columns.forEach((name, index) => {
      if (name !== '' && !(name in values)) values[name] = (row.cells[index] ?? '').trim();
    });
    if (Object.values(values).every((value) => value === '')) return { kind: 'empty' };
    const blanks = this.blankPlaceholders(row.rowNumber, values);
    const composed = composeNotification(bulkRowCommand(values, this.from), this.context);
    // With a blank cell, only the recipient's problems are worth adding: the rest follow from the blank.
    const rules = composed.ok
      ? []
      : composed.problems
          .filter((p) => !FILE_CODES.has(p.code) && (!blanks.length || RECIPIENT_CODES.has(p.code)))
          .map((p) => this.inColumns(row.rowNumber, p));
    const problems = [...rules, ...blanks];
    return problems.length ? { kind: 'bad', problems } : { kind: 'ok', values };
  }

  private blankPlaceholders(row: number, values: Record<string, string>): RowProblem[] {
    const byKey = new Map(Object.entries(values).map(([name, value]) => [columnKey(name), value]));
    return this.placeholders
      .filter((placeholder) => (byKey.get(placeholder.key) ?? '') === '')
      .map((placeholder) => ({ row, column: placeholder.name, message: 'Empty: every placeholder needs a value', code: 'empty-cell' as const }));
  }

  private inColumns(row: number, problem: SendProblem): RowProblem {
    const { code, detail: message } = problem;
    if (RECIPIENT_CODES.has(code)) return { row, column: RECIPIENT_COLUMN[this.from.template.type], message, code };
    if (code === 'too-long') return { row, column: 'message', message, code };
    return { row, column: 'file', message, code };
  }
}
