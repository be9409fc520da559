import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** The internal 16-character reference printed on a letter and named in print files (docs/api-contract.md §12.3). */
export function newLetterReference(): string {
  let reference = '';
  for (let i = 0; i < 16; i += 1) reference += ALPHABET[randomInt(ALPHABET.length)];
  return reference;
}
