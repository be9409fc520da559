/** Letter postage (docs/api-contract.md §14.4): UK classes set on the template, zones set by the address. */
export const UK_POSTAGE = ['first', 'second', 'economy'] as const;
export type UkPostage = (typeof UK_POSTAGE)[number];
export const POSTAGE = [...UK_POSTAGE, 'europe', 'rest-of-world'] as const;
export type Postage = (typeof POSTAGE)[number];

/** A template without postage sends second class, as Notify's default. */
export const DEFAULT_POSTAGE: UkPostage = 'second';

export const isUkPostage = (value: unknown): value is UkPostage => (UK_POSTAGE as readonly unknown[]).includes(value);
export const isPostage = (value: unknown): value is Postage => (POSTAGE as readonly unknown[]).includes(value);

/** The most Royal Mail working days a letter spends in transit after the day it is handed over. */
export const MAX_TRANSIT_DAYS: Readonly<Record<Postage, number>> = { first: 0, second: 4, economy: 6, europe: 5, 'rest-of-world': 7 };

/** The postage a letter goes with: an international address decides it, otherwise the template. */
export function letterPostage(templatePostage: string | null, internationalPostage: 'europe' | 'rest-of-world' | null): Postage {
  if (internationalPostage) return internationalPostage;
  return isUkPostage(templatePostage) ? templatePostage : DEFAULT_POSTAGE;
}
