/** `[[cy]]…[[/cy]]` or `[[en]]…[[/en]]`, case-insensitive, across lines. */
const BLOCK = /\[\[(cy|en)\]\]([\s\S]*?)\[\[\/\1\]\]/gi;

/** The Welsh and English blocks of a bilingual email or text body, in order (R-LF-2, R-LF-3). */
export function bilingualBlocks(body: string): { cy: string[]; en: string[] } {
  const blocks: { cy: string[]; en: string[] } = { cy: [], en: [] };
  for (const match of body.matchAll(BLOCK)) blocks[match[1].toLowerCase() as 'cy' | 'en'].push(match[2]);
  return blocks;
}
