import qrcode from 'qrcode-generator';

/**
 * The dark modules of a QR code for `data`, encoded as UTF-8 bytes at error correction level M,
 * in the smallest version that holds it. `modules[row][column]` is true for a dark module.
 */
export function qrCodeModules(data: string): boolean[][] {
  const code = qrcode(0, 'M');
  // The library's byte mode reads one byte per character: pass the UTF-8 bytes that way.
  code.addData(Buffer.from(data, 'utf8').toString('latin1'), 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, column) => code.isDark(row, column)));
}
