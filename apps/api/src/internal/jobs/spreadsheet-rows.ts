import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';

export type SpreadsheetFormat = 'csv' | 'xlsx';

/** One row of a spreadsheet as text cells, numbered as a spreadsheet numbers it (the header is row 1). */
export interface SpreadsheetRow {
  readonly rowNumber: number;
  readonly cells: readonly string[];
}

/** The file's format from its name: `.xlsx` is a workbook, anything else is read as CSV. */
export const formatOf = (fileName: string): SpreadsheetFormat => (/\.xlsx$/i.test(fileName) ? 'xlsx' : 'csv');

/** The rows of a CSV or XLSX file (first worksheet), read as the bytes arrive: never the whole file at once. */
export function spreadsheetRows(input: Readable, format: SpreadsheetFormat): AsyncGenerator<SpreadsheetRow> {
  return format === 'xlsx' ? workbookRows(input) : csvRows(input);
}

async function* csvRows(input: Readable): AsyncGenerator<SpreadsheetRow> {
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }));
  input.on('error', (error) => parser.destroy(error));
  let rowNumber = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    rowNumber += 1;
    yield { rowNumber, cells: record };
  }
}

async function* workbookRows(input: Readable): AsyncGenerator<SpreadsheetRow> {
  // exceljs is loaded at the first spreadsheet, not with the API: it takes longer to load than the rest of a request's code.
  const { stream: excelStream } = await import('exceljs');
  const reader = new excelStream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let first = true;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      // Later worksheets are read to the end (the zip is one stream) but not used.
      if (first) yield { rowNumber: row.number, cells: (row.values as unknown[]).slice(1).map(cellText) };
    }
    first = false;
  }
}

/** A cell's value as text: rich text joined, a formula's result, a date as ISO 8601. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  const cell = value as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; error?: string };
  if (cell.richText) return cell.richText.map((part) => part.text).join('');
  if (cell.text !== undefined) return cellText(cell.text);
  if (cell.result !== undefined) return cellText(cell.result);
  return '';
}
