/**
 * What a phone can show: the GSM 03.38 alphabet (7-bit, 160 characters a message) or, when Welsh
 * accents outside it are present, UCS-2 (70). Everything else is downgraded to something GSM can
 * carry, as Notify's `SanitiseSMS` does.
 */
const GSM_BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Sent as an escape plus a character, so each counts twice towards a GSM message. */
const GSM_EXTENSION = '^{}\\[~]|€';
const WELSH_ACCENTED_VOWELS = 'àèìòùẁỳÀÈÌÒÙẀỲáéíóúẃýÁÉÍÓÚẂÝäëïöüẅÿÄËÏÖÜẄŸâêîôûŵŷÂÊÎÔÛŴŶ';

const GSM_CHARACTERS: ReadonlySet<string> = new Set([...GSM_BASIC, ...GSM_EXTENSION]);
const EXTENSION_CHARACTERS: ReadonlySet<string> = new Set(GSM_EXTENSION);
/** Welsh letters a GSM phone cannot show: their presence makes the message UCS-2. */
const WELSH_NON_GSM: ReadonlySet<string> = new Set([...WELSH_ACCENTED_VOWELS].filter((c) => !GSM_CHARACTERS.has(c)));
const ALLOWED: ReadonlySet<string> = new Set([...GSM_CHARACTERS, ...WELSH_NON_GSM]);

const REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  ['\u2011', '-'],
  ['\u2013', '-'],
  ['\u2014', '-'],
  ['\u2212', '-'],
  ['\u2026', '...'],
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201a', "'"],
  ['\u201c', '"'],
  ['\u201d', '"'],
  ['\u201e', '"'],
  ['\u180e', ''],
  ['\u200b', ''],
  ['\u200c', ''],
  ['\u200d', ''],
  ['\u2060', ''],
  ['\ufeff', ''],
  ['\u2028', ''],
  ['\u2029', ''],
  ['\u00a0', ' '],
  ['\u202f', ' '],
  ['\t', ' '],
  ['Ł', 'L'],
  ['ł', 'l'],
]);

const COMBINING_MARKS = /\p{M}/gu;

export const GSM_SINGLE_FRAGMENT = 160;
export const GSM_MULTIPART_FRAGMENT = 153;
export const UNICODE_SINGLE_FRAGMENT = 70;
export const UNICODE_MULTIPART_FRAGMENT = 67;

/** Replaces each character a text cannot carry: a known substitute, the unaccented letter, or `?`. */
export function sanitiseForSms(text: string): string {
  let result = '';
  for (const character of text) result += ALLOWED.has(character) ? character : downgrade(character);
  return result;
}

function downgrade(character: string): string {
  const replacement = REPLACEMENTS.get(character);
  if (replacement !== undefined) return replacement;
  const base = character.normalize('NFD').replace(COMBINING_MARKS, '');
  return base.length === 1 && ALLOWED.has(base) ? base : '?';
}

/** True when a sanitised text holds Welsh letters outside GSM, so it must go as UCS-2. */
export function needsUnicode(sanitised: string): boolean {
  for (const character of sanitised) if (WELSH_NON_GSM.has(character)) return true;
  return false;
}

/** Fragments of a sanitised text; its length is in UTF-16 code units, GSM extension characters counting twice. */
export function countFragments(sanitised: string): number {
  if (needsUnicode(sanitised)) {
    return sanitised.length <= UNICODE_SINGLE_FRAGMENT ? 1 : Math.ceil(sanitised.length / UNICODE_MULTIPART_FRAGMENT);
  }
  let septets = sanitised.length;
  for (const character of sanitised) if (EXTENSION_CHARACTERS.has(character)) septets++;
  return septets <= GSM_SINGLE_FRAGMENT ? 1 : Math.ceil(septets / GSM_MULTIPART_FRAGMENT);
}
