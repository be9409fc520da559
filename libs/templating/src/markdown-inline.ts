/** Inline markdown: only links survive. Emphasis, code and strikethrough stay literal; images go. */
export type Inline = { kind: 'text'; text: string } | { kind: 'link'; text: string; url: string; title: string | null };

const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
const LINK = /\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"([^"]*)")?\s*\)/g;
const BARE_URL = /https?:\/\/[^\s<>"]+/g;

export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  const withoutImages = text.replace(IMAGE, '');
  let last = 0;
  for (const match of withoutImages.matchAll(LINK)) {
    parts.push(...bareLinks(withoutImages.slice(last, match.index)));
    parts.push({ kind: 'link', text: match[1], url: withProtocol(match[2]), title: match[3] ?? null });
    last = match.index! + match[0].length;
  }
  parts.push(...bareLinks(withoutImages.slice(last)));
  return parts.filter((p) => p.kind === 'link' || p.text !== '');
}

function bareLinks(text: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(BARE_URL)) {
    const url = trimUrl(match[0]);
    parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push({ kind: 'link', text: url, url, title: null });
    last = match.index! + url.length;
  }
  parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** Trailing punctuation and unbalanced closing brackets belong to the sentence, not the link. */
function trimUrl(url: string): string {
  let result = url;
  for (;;) {
    const lastChar = result[result.length - 1];
    const unbalanced = (open: string, close: string) => lastChar === close && result.split(close).length > result.split(open).length;
    if ('.,:;!?'.includes(lastChar) || unbalanced('(', ')') || unbalanced('[', ']')) result = result.slice(0, -1);
    else return result;
  }
}

const withProtocol = (url: string): string => (/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `http://${url}`);
