import { Postage } from './postage';

/**
 * Herald's letter rate table: pounds for the first sheet by postage, plus a price per extra
 * sheet. Illustrative figures in the shape of Notify's table (rates by sheets and postage);
 * change them here when the print contract's prices are known.
 */
export const LETTER_RATES: Readonly<Record<Postage, { firstSheet: number; extraSheet: number }>> = {
  economy: { firstSheet: 0.59, extraSheet: 0.05 },
  second: { firstSheet: 0.76, extraSheet: 0.05 },
  first: { firstSheet: 1.45, extraSheet: 0.05 },
  europe: { firstSheet: 1.65, extraSheet: 0.05 },
  'rest-of-world': { firstSheet: 1.65, extraSheet: 0.05 },
};

/** Letters are printed double-sided: two pages a sheet. */
export const sheetsOfPaper = (pageCount: number): number => Math.ceil(pageCount / 2);

export function letterCostInPounds(sheets: number, postage: Postage): number {
  if (sheets <= 0) return 0;
  const rate = LETTER_RATES[postage];
  return Math.round((rate.firstSheet + (sheets - 1) * rate.extraSheet) * 100) / 100;
}
