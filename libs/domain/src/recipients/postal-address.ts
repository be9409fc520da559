import { InternationalPostage } from './postal-countries';
import { internationalPostageOf, isUkCountryLine } from './postal-country';
import { formatUkPostcode, isUkPostcode } from './uk-postcode';

/**
 * A letter's address as notifications-utils builds and checks it (docs/api-contract.md §14.3):
 * lines from `address_line_1`…`address_line_7` (or `postcode` as the last), tidied, UK country
 * lines dropped, and a final line naming another country making it international.
 */
export interface PostalAddress {
  /** The lines to print, with a UK postcode formatted `OUTWARD INWARD`. */
  readonly lines: readonly string[];
  readonly international: boolean;
  /** `europe` or `rest-of-world` for an international address; null in the UK. */
  readonly postage: InternationalPostage | null;
  readonly bfpo: boolean;
}

export type PostalAddressValidation = { ok: true; address: PostalAddress } | { ok: false; message: string };

export const ADDRESS_KEYS = [
  'address_line_1',
  'address_line_2',
  'address_line_3',
  'address_line_4',
  'address_line_5',
  'address_line_6',
  'address_line_7',
] as const;

const MIN_LINES = 3;
const MAX_LINES = 7;
const BFPO_LINE = /^BFPO\s*(C\/O\s*)?\d+$/i;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;
const INVALID_FIRST_CHARACTERS = '@()=[]"\\/,<>~';
const NO_FIXED_ABODE = /no fixed (abode|address)/i;

export const ADDRESS_MESSAGES = {
  tooFewLines: 'Address must be at least 3 lines',
  tooManyLines: 'Address must be no more than 7 lines',
  notAlphanumeric: 'The first 2 lines of the address must both include at least one alphanumeric character',
  bfpoWithCountry: 'The last line of a BFPO address must not be a country.',
  notPostcode: 'Must be a real UK postcode',
  notPostcodeOrCountry: 'Last line of address must be a real UK postcode or another country',
  invalidFirstCharacter: 'Address lines must not start with any of the following characters: @ ( ) = [ ] ” \\ / , < >',
  notRealAddress: 'Must be a real address',
} as const;

/**
 * An address field's value as text. A JSON object whose own `toString` or `valueOf` is data, not
 * a function, is one String() cannot convert: it is written as JSON instead.
 */
export function addressFieldText(value: unknown): string {
  if (value === undefined || value === null) return '';
  try {
    return String(value);
  } catch {
    return JSON.stringify(value);
  }
}

/** The address lines as given: line 1 to 6, then line 7 or, when there is none, the postcode. */
export function rawAddressLines(personalisation: Readonly<Record<string, unknown>>): string[] {
  const text = (key: string): string => addressFieldText(Object.hasOwn(personalisation, key) ? personalisation[key] : undefined);
  const last = text('address_line_7') !== '' ? text('address_line_7') : text('postcode');
  return [...ADDRESS_KEYS.slice(0, 6).map(text), last];
}

/** Whitespace runs become one space; trailing spaces and commas go; empty lines are dropped. */
export function normaliseAddressLines(raw: readonly string[]): string[] {
  return raw
    .flatMap((value) => value.split(/\r\n|\r|\n/))
    .map((line) =>
      line
        .replace(/[\s\u200B\u00A0]+/gu, ' ')
        .trim()
        .replace(/[\s,]+$/, ''),
    )
    .filter((line) => line !== '');
}

export function validatePostalAddress(
  personalisation: Readonly<Record<string, unknown>>,
  options: { readonly allowInternational: boolean },
): PostalAddressValidation {
  const lines = normaliseAddressLines(rawAddressLines(personalisation));
  while (lines.length > 0 && isUkCountryLine(lines[lines.length - 1])) lines.pop();
  const last = lines[lines.length - 1] ?? '';
  const postage = internationalPostageOf(last);
  const bfpo = lines.some((line) => BFPO_LINE.test(line));
  const fail = (message: string): PostalAddressValidation => ({ ok: false, message });

  if (lines.length < MIN_LINES) return fail(ADDRESS_MESSAGES.tooFewLines);
  if (lines.length > MAX_LINES) return fail(ADDRESS_MESSAGES.tooManyLines);
  if (!ALPHANUMERIC.test(lines[0]) || !ALPHANUMERIC.test(lines[1])) return fail(ADDRESS_MESSAGES.notAlphanumeric);
  if (bfpo && postage) return fail(ADDRESS_MESSAGES.bfpoWithCountry);
  const lastLineValid = (options.allowInternational && postage !== null) || BFPO_LINE.test(last) || isUkPostcode(last);
  if (!lastLineValid) return fail(options.allowInternational ? ADDRESS_MESSAGES.notPostcodeOrCountry : ADDRESS_MESSAGES.notPostcode);
  if (lines.some((line) => INVALID_FIRST_CHARACTERS.includes(line[0]))) return fail(ADDRESS_MESSAGES.invalidFirstCharacter);
  if (lines.some((line) => line.toUpperCase() === 'NFA' || NO_FIXED_ABODE.test(line))) return fail(ADDRESS_MESSAGES.notRealAddress);

  const international = postage !== null;
  const printed = !international && isUkPostcode(last) ? [...lines.slice(0, -1), formatUkPostcode(last)] : lines;
  return { ok: true, address: { lines: printed, international, postage, bfpo } };
}
