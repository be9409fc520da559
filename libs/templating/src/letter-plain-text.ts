import { LetterBlock, letterBlocks } from './letter-blocks';
import { LetterContent, letterParts } from './letter-pdf-renderer';

const NON_BREAKING_HYPHEN = /\u2011/g;

/**
 * A letter's words as plain text (R-LF-5): heading and body of each part, Welsh first for a
 * bilingual letter, lists as bullets or numbers. It is what an operator turns into braille, audio
 * or easy read, so the printed hyphens are plain again and a QR code gives its link.
 */
export function letterPlainText(letter: LetterContent): string {
  return letterParts(letter)
    .map((part) => [part.heading, ...letterBlocks(part.body).map(blockText)].filter((text) => text !== '').join('\n\n'))
    .join('\n\n\n')
    .replace(NON_BREAKING_HYPHEN, '-');
}

function blockText(block: LetterBlock): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '•'} ${item}`).join('\n');
    case 'qr':
      return block.data;
    case 'page-break':
      return '';
  }
}
