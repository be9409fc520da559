import { inflateSync } from 'node:zlib';

/**
 * The text shown by a PDF that pdfkit wrote with a standard font: each `TJ`/`Tj` operator's hex
 * strings decoded (WinAnsi, close enough to Latin-1 for tests), one string per operator.
 * Compressed content streams are inflated first.
 */
export function pdfTextRuns(pdf: Buffer): string[] {
  const runs: string[] = [];
  for (const stream of contentStreams(pdf)) {
    for (const match of stream.matchAll(/\[((?:<[0-9a-fA-F]*>|\s|-?\d+(?:\.\d+)?)*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hex = match[1] !== undefined ? [...match[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]).join('') : match[2];
      runs.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return runs;
}

/** All the text of the PDF, one operator a line. */
export function pdfText(pdf: Buffer): string {
  return pdfTextRuns(pdf).join('\n');
}

function contentStreams(pdf: Buffer): string[] {
  const streams: string[] = [];
  const text = pdf.toString('latin1');
  const pattern = /<<([^]*?)>>\s*stream\r?\n/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    const raw = pdf.subarray(start, end);
    if (/\/FlateDecode/.test(match[1])) {
      try {
        streams.push(inflateSync(raw).toString('latin1'));
      } catch {
        // Not a content stream we can read (e.g. an embedded font); skip it.
      }
    } else {
      streams.push(raw.toString('latin1'));
    }
  }
  return streams;
}
