import { parseToUnicode, toUnicode } from './pdf-to-unicode';

const CMAP = `/CIDInit /ProcSet findresource begin
begincmap
1 begincodespacerange
<0000><ffff>
endcodespacerange
2 beginbfchar
<0001> <0054>
<0002> <0177>
endbfchar
2 beginbfrange
<0003> <0005> <0061>
<0006> <0009> [<2011> <0175> <d83d de00> <0066 0066 0069>]
endbfrange
endcmap`;

describe('a /ToUnicode CMap', () => {
  const cmap = parseToUnicode(CMAP);

  it('maps single codes, counted ranges and listed ranges (UTF-16BE: surrogates, ligatures)', () => {
    expect(cmap.codeBytes).toBe(2);
    expect(toUnicode(Buffer.from('0001000200030004000500060007000800090010', 'hex'), cmap)).toBe('Tŷabc\u2011ŵ\u{1f600}ffi\ufffd');
  });

  it('reads one-byte codes when the codespace says so', () => {
    const oneByte = parseToUnicode('begincodespacerange\n<00><ff>\nendcodespacerange\n1 beginbfrange\n<41> <43> <0041>\nendbfrange');
    expect(toUnicode(Buffer.from('ABC'), oneByte)).toBe('ABC');
  });
});
