/**
 * Past participles for the passive-voice rule (R-CK-5): any word ending in -ed, and the irregular
 * ones below. Left out on purpose: participles that read as something else after "is" or "was"
 * ("born", "gone", "come", "become", "had", "quit", "ground").
 */
const IRREGULAR = new Set(
  (
    'arisen awoken beaten bent bid bitten bled blown bound broken brought built burnt bought caught chosen cut dealt done drawn dreamt ' +
    'driven drunk eaten fallen fed felt fought found forbidden forecast forgiven forgotten frozen given grown heard hidden hit held hung hurt ' +
    'kept knelt known laid led leant learnt left lent let lit lost made meant met misled mislaid mistaken overseen overtaken overridden overrun ' +
    'paid proven put read rebuilt redone repaid reset rewritten ridden risen run rung said sat seen sought sold sent set sewn shaken shot ' +
    'shown shrunk shut slept slid smelt sown spelt spent spilt split spoken spread sprung stolen stood struck stuck stung sunk swept sworn ' +
    'swum taken taught thought thrown told torn undergone understood undertaken undone upheld upset withdrawn withheld woken won worn written'
  ).split(' '),
);

// Words ending in -ed that are not participles ("indeed", "hundred", "speed"), and -eed words that are.
const NOT_PARTICIPLES = new Set(['bed', 'red', 'shed', 'hundred', 'kindred', 'naked', 'sacred', 'wicked', 'rugged', 'embed', 'shred', 'sled', 'fled']);
const EED_PARTICIPLES = new Set(['agreed', 'disagreed', 'decreed', 'freed', 'guaranteed', 'refereed']);

/** True for a past participle: `received`, `sent`, `written`… (case-insensitive). */
export function isPastParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR.has(lower)) return true;
  if (!/^[a-z]{2,}ed$/.test(lower) || NOT_PARTICIPLES.has(lower)) return false;
  return !lower.endsWith('eed') || EED_PARTICIPLES.has(lower);
}

/** Forms of "be" that make a passive with a participle. */
export const BE_VERBS: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't"]);

const ADVERBS = new Set(['not', 'also', 'already', 'always', 'never', 'now', 'often', 'still', 'just', 'then', 'usually', 'sometimes', 'soon', 'only', 'all']);

/** An adverb that may sit between "be" and the participle: "was not sent", "is usually paid". */
export function isAdverb(word: string): boolean {
  const lower = word.toLowerCase();
  return ADVERBS.has(lower) || (/^[a-z]{3,}ly$/.test(lower) && !['only', 'fly', 'supply', 'apply', 'reply', 'family', 'early'].includes(lower));
}
