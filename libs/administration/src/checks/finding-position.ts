/** Where a character offset falls in a text, as an editor counts it: line and column from 1. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** R-CK: a finding's offset as a line and column of its field (a Windows line ending counts as one break). */
export function positionOf(text: string, offset: number): TextPosition {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length))).replace(/\r\n?/g, '\n');
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: before.length - lastBreak };
}
