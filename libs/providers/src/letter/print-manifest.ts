import { PrintLetter, PrintOutcome } from '@herald/domain';

/** The manifest of a print batch: one CSV row per letter, naming its PDF file. */
export function printManifestCsv(letters: readonly PrintLetter[]): string {
  const rows = letters.map((l) => [l.notificationId, l.reference, l.postage, String(l.pageCount), pdfFileName(l)].join(','));
  return ['notification_id,reference,postage,page_count,file', ...rows].join('\n') + '\n';
}

export const pdfFileName = (letter: Pick<PrintLetter, 'notificationId'>): string => `${letter.notificationId}.pdf`;

const STATUSES: Readonly<Record<string, PrintOutcome['status']>> = { posted: 'delivered', returned: 'returned-letter' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A printer's response file: `notification_id,status` rows with `posted` or `returned`. A header
 * row, blank lines and rows it cannot read are skipped.
 */
export function parsePrintResponse(csv: string): PrintOutcome[] {
  return csv.split(/\r?\n/).flatMap((line) => {
    const [id, status] = line.split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
    const mapped = STATUSES[(status ?? '').toLowerCase()];
    return id && UUID.test(id) && mapped ? [{ notificationId: id.toLowerCase(), status: mapped }] : [];
  });
}
