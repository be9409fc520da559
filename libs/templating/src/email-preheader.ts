// Long enough to fill the preview line of any mail client.
const PREHEADER_LENGTH = 256;
// Heading underlines and rules are layout, not words worth previewing.
const DECORATION_LINE = /^[=-]+$/;

/** The hidden text mail clients show next to the subject, taken from the plain-text part. */
export function preheaderFrom(plainText: string): string {
  const words = plainText
    .split('\n')
    .filter((line) => !DECORATION_LINE.test(line.trim()))
    .join(' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  return words.join(' ').slice(0, PREHEADER_LENGTH).trim();
}
