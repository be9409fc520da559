// Notify keeps the `&amp;` and `&nbsp;` a template author already wrote; any other `&` is escaped.
const BARE_AMPERSAND = /&(?!amp;|nbsp;)/g;
const ENTITY = /&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});/g;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  bull: '\u2022',
  middot: '\u00b7',
  pound: '\u00a3',
  euro: '\u20ac',
  cent: '\u00a2',
  yen: '\u00a5',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  deg: '\u00b0',
  times: '\u00d7',
  divide: '\u00f7',
  sect: '\u00a7',
  para: '\u00b6',
  laquo: '\u00ab',
  raquo: '\u00bb',
  shy: '\u00ad',
};

const NEEDS_ESCAPING = /[&<>]/;

/** Escapes text for an HTML text node. Quotes stay as they are so typography can curl them. */
export function escapeHtml(text: string): string {
  // Most runs of text have nothing to escape: skip the three passes.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(BARE_AMPERSAND, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

/** Decodes numeric entities and the common named ones; unknown names are left as written. */
export function unescapeEntities(text: string): string {
  return text.replace(ENTITY, (entity: string, name: string) => {
    if (!name.startsWith('#')) return NAMED_ENTITIES[name] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}
