import { educateQuotes } from './smart-quotes';

// The lookbehinds make each match start at the beginning of a whitespace run, keeping long runs linear.
const SPACE_BEFORE_PUNCTUATION = /(?<![ \t])[ \t]+([,.])/g;
const SPACED_DASH = /(?<!\s)\s+[-\u2013\u2014]{1,3}\s+/g;
const DASH = /[-\u2013\u2014]/;
// Wider than an email address on purpose: everything around an @ up to whitespace.
const EMAIL_LIKE = /(^|\s)\S+@\S+(?=\s|$)/gm;
const CURLY_SINGLE_QUOTES = /[\u2018\u2019]/g;
const HTML_TAG = /<[^>]*>/g;
const LINK_TAG = /^<(\/?)a[\s>]/i;

/** Notify's "nice typography" for plain text: subjects and the plain-text part of an email. */
export function applyTypography(text: string): string {
  return afterQuotes(educateQuotes(removeSpaceBeforePunctuation(text)));
}

/**
 * The same typography for an HTML fragment Herald generated: quotes are curled only in text
 * between tags and never inside links (so URLs shown as link text keep their quotes).
 */
export function applyHtmlTypography(html: string): string {
  return afterQuotes(educateHtmlQuotes(removeSpaceBeforePunctuation(html)));
}

function removeSpaceBeforePunctuation(text: string): string {
  return text.replace(SPACE_BEFORE_PUNCTUATION, '$1');
}

// Each pass is skipped when the character it needs is absent: the same result, without the regex scan.
function afterQuotes(text: string): string {
  const addressesStraightened = text.includes('@') ? text.replace(EMAIL_LIKE, (address) => address.replace(CURLY_SINGLE_QUOTES, "'")) : text;
  return DASH.test(addressesStraightened) ? addressesStraightened.replace(SPACED_DASH, ' \u2013 ') : addressesStraightened;
}

function educateHtmlQuotes(html: string): string {
  let result = '';
  let position = 0;
  let previousCharacter = '';
  let linkDepth = 0;
  const educateRun = (run: string): void => {
    if (run === '') return;
    result += linkDepth > 0 ? run : educateQuotes(run, previousCharacter);
    previousCharacter = run.slice(-1);
  };
  for (const tag of html.matchAll(HTML_TAG)) {
    educateRun(html.slice(position, tag.index));
    result += tag[0];
    const link = LINK_TAG.exec(tag[0]);
    if (link) linkDepth = Math.max(0, linkDepth + (link[1] ? -1 : 1));
    position = tag.index + tag[0].length;
  }
  educateRun(html.slice(position));
  return result;
}
