/**
 * The file types a department may send by email (docs/api-contract.md §15.1), recognised from their bytes
 * rather than their name: a magic-number sniffer for exactly these types, nothing more.
 */
export const FILE_EXTENSION_MIME_TYPES: Readonly<Record<string, string>> = {
  csv: 'text/csv',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  json: 'application/json',
  odt: 'application/vnd.oasis.opendocument.text',
  pdf: 'application/pdf',
  png: 'image/png',
  rtf: 'text/rtf',
  txt: 'text/plain',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const ALLOWED_MIME_TYPES = new Set([...Object.values(FILE_EXTENSION_MIME_TYPES), 'application/rtf']);

/** `'.csv', '.doc', …` as Notify lists them in its error message. */
export const SUPPORTED_FILE_TYPES = Object.keys(FILE_EXTENSION_MIME_TYPES)
  .sort()
  .map((ext) => `'.${ext}'`)
  .join(', ');

export const isAllowedMimeType = (mimeType: string): boolean => ALLOWED_MIME_TYPES.has(mimeType);

/** The extension after the last dot, lower-cased ('' when there is none). */
export function fileExtension(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot < 0 ? '' : filename.slice(dot + 1).toLowerCase();
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP = Buffer.from('PK\x03\x04', 'latin1');
const utf16 = (text: string): Buffer => Buffer.from(text, 'utf16le');

/** The MIME type of a file from its first bytes; `application/octet-stream` when unknown. */
export function sniffMimeType(bytes: Buffer): string {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.subarray(0, 8).equals(PNG)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 6).toString('latin1') === 'GIF87a' || bytes.subarray(0, 6).toString('latin1') === 'GIF89a') return 'image/gif';
  if (bytes.subarray(0, 8).equals(OLE2)) return sniffOle2(bytes);
  if (bytes.subarray(0, 4).equals(ZIP)) return sniffZip(bytes);
  if (bytes.subarray(0, 5).toString('latin1') === '{\\rtf') return 'text/rtf';
  return sniffText(bytes);
}

/** Word 97–2003 keeps its text in a stream named WordDocument; Excel in Workbook. */
function sniffOle2(bytes: Buffer): string {
  if (bytes.includes(utf16('WordDocument'))) return 'application/msword';
  if (bytes.includes(utf16('Workbook')) || bytes.includes(utf16('Book'))) return 'application/vnd.ms-excel';
  return 'application/x-ole-storage';
}

/** Office Open XML and OpenDocument are zip files told apart by the names of their parts. */
function sniffZip(bytes: Buffer): string {
  if (bytes.length < 30) return 'application/zip';
  const firstName = bytes.subarray(30, 30 + bytes.readUInt16LE(26)).toString('latin1');
  if (firstName === 'mimetype') {
    const declared = bytes
      .subarray(30 + bytes.readUInt16LE(26) + bytes.readUInt16LE(28))
      .subarray(0, 80)
      .toString('latin1');
    if (declared.startsWith('application/vnd.oasis.opendocument.text')) return 'application/vnd.oasis.opendocument.text';
  }
  if (bytes.includes('[Content_Types].xml')) {
    if (bytes.includes('word/')) return FILE_EXTENSION_MIME_TYPES.docx;
    if (bytes.includes('xl/')) return FILE_EXTENSION_MIME_TYPES.xlsx;
  }
  return 'application/zip';
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Text is valid UTF-8 with no control characters other than tab, new lines and form feed. */
function sniffText(bytes: Buffer): string {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return 'application/octet-stream';
  }
  if (/[\x00-\x08\x0e-\x1b\x7f]/.test(text)) return 'application/octet-stream';
  const trimmed = text.trim();
  if (/^[[{]/.test(trimmed)) {
    try {
      JSON.parse(trimmed);
      return 'application/json';
    } catch {
      // Looked like JSON but is not: plain text.
    }
  }
  return 'text/plain';
}
