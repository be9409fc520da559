/** One body part of a multipart message: its content type (lower-cased, no parameters) and raw body. */
export interface ReportPart {
  readonly contentType: string;
  readonly body: string;
}

/**
 * Splits a multipart/report into its top-level parts. mailparser decodes the human-readable and
 * attached parts, but the machine-readable report parts (message/delivery-status) are read here.
 */
export function reportParts(raw: string, boundary: string): ReportPart[] {
  const text = raw.replace(/\r\n/g, '\n');
  const delimiter = `\n--${boundary}`;
  const pieces = text.split(delimiter).slice(1);
  const parts: ReportPart[] = [];
  for (const piece of pieces) {
    if (piece.startsWith('--')) break;
    const content = piece.replace(/^[ \t]*\n/, '');
    const split = content.indexOf('\n\n');
    const head = split === -1 ? content : content.slice(0, split);
    const body = split === -1 ? '' : content.slice(split + 2);
    const type = /^content-type:\s*([^;\s]+)/im.exec(head)?.[1]?.toLowerCase() ?? 'text/plain';
    parts.push({ contentType: type, body });
  }
  return parts;
}
