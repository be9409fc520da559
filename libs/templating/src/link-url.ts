// Notify prefixes http:// to a link whose URL starts with none of these.
const RECOGNISED_PROTOCOLS = ['ftp:', 'file:', 'http:', 'https:', 'mailto:', 'tel:'];
// Python's urllib quote(safe=":/?#=&;%") leaves these alone; everything else is percent-encoded.
const URL_SAFE = /^[A-Za-z0-9_.~\-:/?#=&;%]$/;
const UTF8 = new TextEncoder();
const ALWAYS_TRAILING = new Set(['.', ',', ':', '"', "'"]);
const CLOSING_TO_OPENING: Record<string, string> = { ')': '(', ']': '[' };

/**
 * The href for a markdown link or bare URL. Percent-encoding quotes, spaces and brackets keeps
 * the attribute safe, while existing escapes such as %20 survive untouched.
 */
export function linkHref(url: string): string {
  const lower = url.toLowerCase();
  const withProtocol = RECOGNISED_PROTOCOLS.some((protocol) => lower.startsWith(protocol)) ? url : `http://${url}`;
  return percentEncode(withProtocol);
}

function percentEncode(url: string): string {
  let encoded = '';
  for (const character of url) {
    if (URL_SAFE.test(character)) {
      encoded += character;
      continue;
    }
    for (const byte of UTF8.encode(character)) {
      encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return encoded;
}

/**
 * Punctuation that ends a sentence rather than the URL stays out of an auto-link: trailing
 * `.`, `,`, `:` and quotes, and a `)` or `]` that has no partner inside the URL.
 */
export function trimUrlEnd(candidate: string): string {
  const counts = new Map<string, number>();
  for (const character of candidate) counts.set(character, (counts.get(character) ?? 0) + 1);
  let end = candidate.length;
  while (end > 0) {
    const last = candidate[end - 1];
    const opening = CLOSING_TO_OPENING[last];
    const unbalanced = opening !== undefined && (counts.get(opening) ?? 0) < (counts.get(last) ?? 0);
    if (!ALWAYS_TRAILING.has(last) && !unbalanced) break;
    counts.set(last, (counts.get(last) ?? 0) - 1);
    end--;
  }
  return candidate.slice(0, end);
}
