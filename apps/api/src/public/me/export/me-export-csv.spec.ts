import { csv } from './me-export-csv';

describe('the export’s CSV', () => {
  it('R-TR-4: quotes a field with a comma, a quote or a line break, doubling its quotes, and ends lines with CRLF', () => {
    expect(
      csv(
        ['a', 'b'],
        [
          ['plain', 'with, comma'],
          ['say "hi"', 'two\nlines'],
          [null, ''],
        ],
      ),
    ).toBe('a,b\r\nplain,"with, comma"\r\n"say ""hi""","two\nlines"\r\n,\r\n');
  });

  it('writes a cell a spreadsheet would run as a formula as text', () => {
    expect(csv(['label'], [['=HYPERLINK("x")'], ['@sum'], ['-1']])).toBe('label\r\n"\'=HYPERLINK(""x"")"\r\n\'@sum\r\n\'-1\r\n');
  });
});
