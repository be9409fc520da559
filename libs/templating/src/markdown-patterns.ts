/*
 * Line patterns of Notify's markdown dialect (mistune 0.8 as patched by notifications-utils).
 * Every pattern tests one line; blank lines have already been made empty.
 */

/** `---`, `***` or `___` (three or more, spaces allowed between) */
export const RULE_LINE = /^ {0,3}[-*_](?: *[-*_]){2,} *$/;
/** `# Heading`; the space after the hashes is optional and trailing hashes are dropped. */
export const ATX_HEADING = /^ *(#{1,6}) *(.+?) *#* *$/;
/** The underline of a setext heading: `===` for level 1, `---` for level 2. */
export const SETEXT_UNDERLINE = /^ *[=-]+ *$/;
export const FENCE_OPEN = /^ *(`{3,}|~{3,}) *(\S+)? *$/;
export const INDENTED_CODE = /^ {4}/;
/** Inset text starts with `^` (Notify's replacement for `>`). */
export const INSET_START = /^ *\^./;
/**
 * Bullets are `•`, `*` or `-` and numbers `1.`; the space after them is optional; `+` is not a
 * bullet. `**` is not a bullet either: mistune 0.8 would read `**bold**` as a bullet holding a
 * bullet, but GOV.UK Notify shows such a line as written (issue 15), and no Notify test says otherwise.
 */
export const LIST_BULLET = /^( *)(•|\*(?!\*)|-|\d+\.)/;

/*
 * Notify swapped in its list and inset rules after mistune had built its paragraph rule, so a
 * paragraph still ends where a stock markdown list (`* `, `+ `, `1. `) or `>` quote would start.
 */
export const STOCK_LIST_START = /^ *(?:[*+-]|\d+\.) /;
export const STOCK_QUOTE_START = /^ *>./;

export const TABLE_HEADER_WITHOUT_PIPE = /^ *\S.*\|/;
export const TABLE_HEADER_WITH_PIPE = /^ *\|./;
export const TABLE_ALIGN_WITHOUT_PIPE = /^ *[-:]+ *\|[-| :]*$/;
export const TABLE_ALIGN_WITH_PIPE = /^ *\| *[-:]+[-| :]*$/;
