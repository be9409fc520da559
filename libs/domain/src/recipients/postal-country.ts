import { EUROPE, InternationalPostage, REST_OF_WORLD, UK_NAMES } from './postal-countries';

/** Lower case, accents and punctuation gone, single spaces, no leading "the". */
export function normaliseCountryName(line: string): string {
  return line
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const ZONES = new Map<string, InternationalPostage>([
  ...EUROPE.map((name) => [name, 'europe'] as const),
  ...REST_OF_WORLD.map((name) => [name, 'rest-of-world'] as const),
]);
const UK = new Set(UK_NAMES);

export const isUkCountryLine = (line: string): boolean => UK.has(normaliseCountryName(line));

/** The Royal Mail zone of a line naming a country outside the UK, or null. */
export const internationalPostageOf = (line: string): InternationalPostage | null => ZONES.get(normaliseCountryName(line)) ?? null;
