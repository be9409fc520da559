// Notify prefixes http:// to a link whose URL starts with none of these.
const RECOGNISED_PROTOCOLS = ['ftp:', 'file:', 'http:', 'https:', 'mailto:', 'tel:'];
// Python's urllib quote(safe=":/?#=&;%") leaves these alone; everything else is percent-encoded.
const URL_SAFE = /^[A-Za-z0-9_.~\-:/?#=&;%]$/;
const UTF8 = new TextEncoder();
// Notify's email URL pattern (`https?://[^\s<]+[^<.,:"')\]\s]`): a URL never ends in one of these.
const NEVER_LAST = new Set(['.', ',', ':', '"', "'", ')', ']']);

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
 * Where a bare URL ends in an email, as Notify's pattern decides: trailing `.`, `,`, `:`, quotes,
 * `)` and `]` stay out of the link, even a `)` that closes a bracket inside the URL (Notify links
 * `http://example.com/foo_(bar)` as far as `bar`).
 */
export function trimUrlEnd(candidate: string): string {
  let end = candidate.length;
  while (end > 0 && NEVER_LAST.has(candidate[end - 1])) end--;
  return candidate.slice(0, end);
}
