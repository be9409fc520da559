import qrcode from 'qrcode-generator';

/** An inline SVG QR code of `text` (an otpauth:// URI), labelled for screen readers. */
export function qrCodeSvg(text: string, label: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const svg = qr.createSvgTag({ cellSize: 4, margin: 4, scalable: true });
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(label)}" class="herald-qr-code" width="204" height="204" focusable="false" `);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
