import { fileExtension, isAllowedMimeType, sniffMimeType, SUPPORTED_FILE_TYPES } from './file-types';

/** A zip whose first local file header names `first`, followed by the named later parts. */
function aZip(first: string, rest: string[] = [], firstContent = ''): Buffer {
  const header = Buffer.alloc(30);
  header.write('PK\x03\x04', 0, 'latin1');
  header.writeUInt16LE(Buffer.byteLength(first), 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, Buffer.from(first + firstContent, 'latin1'), ...rest.map((name) => Buffer.from(`PK\x01\x02${name}`, 'latin1'))]);
}

describe('sniffMimeType', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'latin1'), 'application/pdf'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image/png'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), 'image/jpeg'],
    ['a GIF (not allowed)', Buffer.from('GIF89a\x01\x00', 'latin1'), 'image/gif'],
    ['RTF', Buffer.from('{\\rtf1\\ansi Hello}'), 'text/rtf'],
    ['plain text', Buffer.from('Dear Jo,\r\nyour letter.\n'), 'text/plain'],
    ['CSV (text until the caller says is_csv)', Buffer.from('a,b,c\n1,2,3\n'), 'text/plain'],
    ['JSON', Buffer.from(' {"a": [1, 2]}\n'), 'application/json'],
    ['text that only starts like JSON', Buffer.from('[draft] notes'), 'text/plain'],
    ['binary noise', Buffer.from([0x00, 0x01, 0x02, 0xfe]), 'application/octet-stream'],
    ['invalid UTF-8', Buffer.from([0x61, 0xc3, 0x28]), 'application/octet-stream'],
    ['a .docx', aZip('[Content_Types].xml', ['_rels/.rels', 'word/document.xml']), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['a .xlsx', aZip('[Content_Types].xml', ['xl/workbook.xml']), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['an .odt', aZip('mimetype', [], 'application/vnd.oasis.opendocument.text'), 'application/vnd.oasis.opendocument.text'],
    ['any other zip', aZip('readme.txt'), 'application/zip'],
    [
      'a Word 97 document',
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64), Buffer.from('WordDocument', 'utf16le')]),
      'application/msword',
    ],
    [
      'an Excel 97 workbook',
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64), Buffer.from('Workbook', 'utf16le')]),
      'application/vnd.ms-excel',
    ],
  ])('recognises %s', (_name, bytes, expected) => {
    expect(sniffMimeType(bytes)).toBe(expected);
  });
});

describe('allowed types', () => {
  it('lists the extensions as Notify does', () => {
    expect(SUPPORTED_FILE_TYPES).toBe("'.csv', '.doc', '.docx', '.jpeg', '.jpg', '.json', '.odt', '.pdf', '.png', '.rtf', '.txt', '.xlsx'");
  });

  it('allows the types of docs/api-contract.md §15.1 and nothing else', () => {
    expect(isAllowedMimeType('application/pdf')).toBe(true);
    expect(isAllowedMimeType('text/csv')).toBe(true);
    expect(isAllowedMimeType('image/gif')).toBe(false);
    expect(isAllowedMimeType('application/zip')).toBe(false);
  });

  it('reads the extension after the last dot', () => {
    expect(fileExtension('report.final.PDF')).toBe('pdf');
    expect(fileExtension('noextension')).toBe('');
  });
});
