import { UK_TIME_ZONE } from '@herald/domain';

/** The language a part of a letter is printed in: a bilingual letter has a Welsh part, then an English one. */
export type LetterLanguage = 'cy' | 'en';

const LONDON_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const LONDON_DATE_PARTS = new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, day: 'numeric', month: 'numeric', year: 'numeric' });

// Notify's ENGLISH_TO_WELSH_MONTHS (notifications-utils); Intl has no reliable Welsh locale data in every Node build.
const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];

/** A letter's date as printed, in UK time: "4 December 2026", or in Welsh "4 Rhagfyr 2026". */
export function letterDate(date: Date, language: LetterLanguage): string {
  if (language === 'en') return LONDON_DATE.format(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(LONDON_DATE_PARTS.formatToParts(date).find((p) => p.type === type)?.value);
  return `${part('day')} ${WELSH_MONTHS[part('month') - 1]} ${part('year')}`;
}

/** The page number at the foot of each page of a part: "Page 1 of 2", "Tudalen 1 o 2". */
export function pageNumberText(page: number, pages: number, language: LetterLanguage): string {
  return language === 'cy' ? `Tudalen ${page} o ${pages}` : `Page ${page} of ${pages}`;
}
