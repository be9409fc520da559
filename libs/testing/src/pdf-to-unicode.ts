/** A font's /ToUnicode CMap: how many bytes a character code takes and the text each code stands for. */
export interface ToUnicode {
  readonly codeBytes: number;
  readonly text: ReadonlyMap<number, string>;
}

// A hex string; it may hold spaces (pdfkit writes a ligature's text as `<0066 0066 0069>`).
const HEX = '<([0-9a-fA-F\\s]*)>';
const digits = (hex: string): string => hex.replace(/\s+/g, '');
const number = (hex: string): number => parseInt(digits(hex), 16);

/**
 * Reads a /ToUnicode CMap (its `codespacerange`, `bfchar` and `bfrange` sections). Destinations
 * are UTF-16BE; a `<lo> <hi> <dst>` range counts up from `dst` in its last code unit.
 */
export function parseToUnicode(cmap: string): ToUnicode {
  const text = new Map<number, string>();
  for (const [, body] of sections(cmap, 'bfchar')) {
    for (const [, code, destination] of body.matchAll(new RegExp(`${HEX}\\s*${HEX}`, 'g'))) {
      text.set(number(code), utf16be(destination));
    }
  }
  for (const [, body] of sections(cmap, 'bfrange')) {
    for (const [, low, high, start, list] of body.matchAll(new RegExp(`${HEX}\\s*${HEX}\\s*(?:${HEX}|\\[([^\\]]*)\\])`, 'g'))) {
      const [first, last] = [number(low), number(high)];
      const destinations = list !== undefined ? [...list.matchAll(new RegExp(HEX, 'g'))].map((m) => utf16be(m[1])) : undefined;
      for (let code = first; code <= last; code += 1) {
        const destination = destinations ? destinations[code - first] : countedUp(utf16be(start), code - first);
        if (destination !== undefined) text.set(code, destination);
      }
    }
  }
  return { codeBytes: codeBytes(cmap), text };
}

/** The text of a string shown with a font that has this CMap; codes it does not map become U+FFFD. */
export function toUnicode(bytes: Buffer, cmap: ToUnicode): string {
  let text = '';
  for (let i = 0; i + cmap.codeBytes <= bytes.length; i += cmap.codeBytes) {
    text += cmap.text.get(bytes.readUIntBE(i, cmap.codeBytes)) ?? '\ufffd';
  }
  return text;
}

function sections(cmap: string, name: string): IterableIterator<RegExpMatchArray> {
  return cmap.matchAll(new RegExp(`begin${name}([^]*?)end${name}`, 'g'));
}

function codeBytes(cmap: string): number {
  const ranges = [...sections(cmap, 'codespacerange')].flatMap(([, body]) => [...body.matchAll(new RegExp(HEX, 'g'))]);
  const widths = new Set(ranges.map((m) => digits(m[1]).length / 2));
  if (widths.size > 1) throw new Error('CMaps with codes of mixed lengths are not supported');
  return widths.size === 1 ? [...widths][0] : 2;
}

function utf16be(hex: string): string {
  const units = digits(hex).match(/[0-9a-fA-F]{4}/g) ?? [];
  return String.fromCharCode(...units.map((unit) => parseInt(unit, 16)));
}

function countedUp(start: string, by: number): string {
  return start.slice(0, -1) + String.fromCharCode(start.charCodeAt(start.length - 1) + by);
}
