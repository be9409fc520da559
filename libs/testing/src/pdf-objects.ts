import { inflateSync } from 'node:zlib';

/** One indirect object of a PDF: its text up to `stream` (or `endobj`) and its stream's bytes, if any. */
export interface PdfObject {
  readonly body: string;
  readonly stream?: Buffer;
}

/**
 * The objects of a PDF written the way pdfkit writes them (no object streams, direct `/Length`),
 * by object number. Each stream is stepped over by its length, so bytes inside an embedded font
 * are never taken for objects.
 */
export function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) \d+ obj\b/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = match.index + match[0].length;
    const endobj = text.indexOf('endobj', start);
    const streamKeyword = /stream\r?\n/g;
    streamKeyword.lastIndex = start;
    const stream = streamKeyword.exec(text);
    if (stream && stream.index < endobj) {
      const body = text.slice(start, stream.index);
      const dataStart = stream.index + stream[0].length;
      const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(body);
      const dataEnd = length ? dataStart + Number(length[1]) : text.indexOf('endstream', dataStart);
      objects.set(Number(match[1]), { body, stream: pdf.subarray(dataStart, dataEnd) });
      header.lastIndex = text.indexOf('endobj', dataEnd);
    } else {
      objects.set(Number(match[1]), { body: text.slice(start, endobj) });
      header.lastIndex = endobj;
    }
  }
  return objects;
}

/** The catalog's object number, from the last trailer (pdfkit writes one, at the end). */
export function rootObject(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const root = ref(text.slice(text.lastIndexOf('trailer')), 'Root');
  if (root === undefined) throw new Error('The PDF has no trailer with a /Root');
  return root;
}

/** A stream's bytes, inflated if it is FlateDecode (the only filter pdfkit uses for text). */
export function streamData(object: PdfObject): Buffer {
  if (!object.stream) throw new Error(`Not a stream: ${object.body.trim().slice(0, 80)}`);
  const filter = /\/Filter\s*\[?\s*\/(\w+)/.exec(object.body)?.[1];
  if (filter === undefined) return object.stream;
  if (filter === 'FlateDecode') return inflateSync(object.stream);
  throw new Error(`Cannot read a /${filter} stream`);
}

/** The object numbers referred to (`12 0 R`) in some PDF text, in order. */
export function refs(text: string): number[] {
  return [...text.matchAll(/(\d+)\s+\d+\s+R\b/g)].map((m) => Number(m[1]));
}

/** The object a dictionary key refers to (`/Key 12 0 R`), if it does. */
export function ref(body: string, key: string): number | undefined {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R\\b`).exec(body);
  return match ? Number(match[1]) : undefined;
}
