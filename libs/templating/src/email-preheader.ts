// Long enough to fill the preview line of any mail client.
const PREHEADER_LENGTH = 256;
// Heading underlines and rules are layout, not words worth previewing.
const DECORATION_LINE = /^[=-]+$/;

/** The hidden text mail clients show next to the subject, taken from the plain-text part. */
export function preheaderFrom(plainText: string): string {
  const words: string[] = [];
  let length = 0;
  // Only the first PREHEADER_LENGTH characters are kept, so a long email's later lines are never split.
  for (const line of plainText.split('\n')) {
    if (length > PREHEADER_LENGTH) break;
    if (DECORATION_LINE.test(line.trim())) continue;
    for (const word of line.split(/\s+/)) {
      if (word === '') continue;
      words.push(word);
      length += word.length + 1;
    }
  }
  return words.join(' ').slice(0, PREHEADER_LENGTH).trim();
}
