/** The UK postcode rule of notifications-utils (`recipient_validation/postal_address.py`). */
const AREAS =
  'AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY ' +
  'G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L GIR LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR ' +
  'NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD ' +
  'WF WN WR WS WV YO ZE';

// Longer areas first so "BT" is not read as "B" followed by "T".
const AREA_PATTERN = AREAS.split(' ')
  .sort((a, b) => b.length - a.length)
  .join('|');
const POSTCODE = new RegExp(`^(${AREA_PATTERN})[0-9][0-9A-Z]?[0-9][ABD-HJLNP-UW-Z]{2}$`);

const compact = (value: string): string => value.replace(/\s+/g, '').toUpperCase();

export const isUkPostcode = (value: string): boolean => POSTCODE.test(compact(value));

/** `sw1a1aa` becomes `SW1A 1AA`: the inward code is always the last three characters. */
export function formatUkPostcode(value: string): string {
  const code = compact(value);
  return `${code.slice(0, -3)} ${code.slice(-3)}`;
}
