/*
 * Words to avoid (R-CK-1).
 *
 * The advice is from the GOV.UK style guide (A to Z of GOV.UK style, "Words to avoid" and "plain
 * English"), © Crown copyright, published under the Open Government Licence v3.0:
 * https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/
 * The list below, its explanations and suggestions are Herald's own wording; the plainer-word
 * pairs at the end were chosen for Herald and are not copied from any other list.
 * docs/checks.md explains the rule.
 */

export interface WordToAvoid {
  /** The word as a finding names it. */
  readonly word: string;
  /** Every form matched: whole words, any case; in a phrase, a space also matches a hyphen. */
  readonly forms: readonly string[];
  /**
   * Forms matched only straight after a word that marks a verb (`to`, `will`, `it`…): for words
   * that are fine as nouns ("the impact") and to avoid as verbs ("this will impact").
   */
  readonly verbForms?: readonly string[];
  /** Why, and when the word is fine. */
  readonly why: string;
  /** What to write instead. */
  readonly suggestion: string;
  readonly source: 'gov.uk' | 'herald';
}

/** facilitate, facilitates, facilitated, facilitating (regular verbs only). */
function verb(base: string): string[] {
  if (base.endsWith('e')) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
  return [base, `${base}s`, `${base}ed`, `${base}ing`];
}

const govUk = (word: string, forms: string[], why: string, suggestion: string): WordToAvoid => ({ word, forms, why, suggestion, source: 'gov.uk' });
const plainer = (word: string, forms: string[], suggestion: string): WordToAvoid => ({
  word,
  forms,
  why: `"${suggestion}" is the plainer word`,
  suggestion,
  source: 'herald',
});

export const WORDS_TO_AVOID: readonly WordToAvoid[] = [
  govUk('agenda', ['agenda', 'agendas'], 'it is only for the list of items at a meeting', 'say what you plan to do'),
  {
    ...govUk('advancing', ['advancing'], 'it is vague', 'say what you are doing, for example "improving" or "speeding up"'),
    verbForms: ['advance', 'advances'],
  },
  govUk('collaborate', verb('collaborate'), 'it is jargon for working together', 'work with'),
  {
    ...govUk(
      'combating',
      ['combating', 'combatting', 'combated', 'combatted'],
      'it is fine only for fighting',
      'say what you are doing, for example "stopping" or "reducing"',
    ),
    verbForms: ['combat', 'combats'],
  },
  govUk(
    'commit',
    ['commit to', 'commits to', 'committed to', 'committing to', 'commitment to'],
    'we are either doing something or we are not',
    'say what you will do and when',
  ),
  govUk('pledge', verb('pledge'), 'we are either doing something or we are not', 'say what you will do and when'),
  { ...govUk('countering', ['countered', 'countering'], 'it is vague', 'say what you are doing to stop or reduce it'), verbForms: ['counter', 'counters'] },
  govUk(
    'deliver',
    ['deliver', 'delivers', 'delivered', 'delivering'],
    'post, parcels and services are delivered; ideas and improvements are not',
    'say what you will do, make or provide',
  ),
  govUk('deploy', verb('deploy'), 'it is fine only for troops or software', 'use, put in place or send'),
  govUk('dialogue', ['dialogue', 'dialogues'], 'people talk to each other', 'talk, discussion or meeting'),
  govUk('disincentivise', verb('disincentivise').concat(verb('disincentivize')), 'it is jargon', 'discourage or put off'),
  govUk('incentivise', verb('incentivise').concat(verb('incentivize')), 'it is jargon', 'encourage'),
  govUk('empower', verb('empower'), 'it is vague', 'say what people can now do, for example "let" or "allow"'),
  govUk('facilitate', verb('facilitate'), 'it does not say how you are helping', 'help, run or make possible: say how you are helping'),
  govUk('focusing', ['focusing', 'focussing'], 'it is vague', 'say what you are working on'),
  govUk('foster', verb('foster'), 'it is fine only for fostering children', 'encourage or help'),
  { ...govUk('impact', ['impacted', 'impacting'], 'it is fine as a noun but not as a verb', 'affect, change or hit'), verbForms: ['impact', 'impacts'] },
  govUk('initiate', verb('initiate'), 'it is a long word for a short one', 'start or begin'),
  govUk('key', ['key'], 'it is fine only for a key that unlocks something', 'important, main or most important'),
  { ...govUk('land', ['landed', 'landing'], 'it is fine only for aircraft', 'get, win or agree'), verbForms: ['land', 'lands'] },
  govUk('leverage', verb('leverage'), 'it is fine only in its financial sense', 'use or make the most of'),
  govUk('liaise', verb('liaise'), 'it is jargon', 'work with or talk to'),
  govUk('overarching', ['overarching'], 'it is vague', 'overall or main, or leave it out'),
  {
    ...govUk('progress', ['progressed', 'progressing'], 'it does not say what is being done', 'say what you are doing, for example "deal with" or "decide"'),
    verbForms: ['progress', 'progresses'],
  },
  govUk('promote', verb('promote'), 'it is fine only for advertising or a promotion at work', 'encourage, support or recommend'),
  govUk('robust', ['robust', 'robustly'], 'it is vague', 'strong, thorough or reliable: say what makes it so'),
  govUk('slimming down', ['slimming down', 'slim down', 'slims down', 'slimmed down'], 'processes do not diet', 'say what you are removing or reducing'),
  govUk('streamline', verb('streamline'), 'it is vague', 'simplify, or say what you are removing'),
  govUk(
    'strengthening',
    ['strengthen', 'strengthens', 'strengthened', 'strengthening'],
    'it is fine only for bridges and other structures',
    'say what you are improving and how',
  ),
  govUk('tackling', ['tackle', 'tackles', 'tackled', 'tackling'], 'it is fine only in sport', 'stop, reduce or deal with'),
  govUk('transforming', ['transform', 'transforms', 'transformed', 'transforming'], 'it does not say what is changing', 'say what you are changing'),
  govUk('utilise', verb('utilise').concat(verb('utilize')), 'it is a long word for a short one', 'use'),
  govUk('drive', ['drive', 'drives'], 'only vehicles are driven, not schemes or people', 'lead, cause or encourage'),
  govUk('drive out', ['drive out', 'drives out', 'driving out', 'drove out', 'driven out'], 'it is fine only for cattle', 'stop or remove'),
  govUk('going forward', ['going forward', 'moving forward'], 'we are not giving directions', 'from now on, in future, or leave it out'),
  govUk('in order to', ['in order to'], 'it adds nothing', 'to'),
  govUk('one-stop shop', ['one-stop shop', 'one-stop shops'], 'government is not a shop', 'say what people can do in one place'),
  govUk('ring fencing', ['ring fence', 'ring fences', 'ring fenced', 'ring fencing'], 'it is a metaphor', 'keep for, set aside or protect'),
  govUk('purchase', verb('purchase'), 'buy is the plainer word', 'buy'),
  govUk('assist', ['assist', 'assists', 'assisted', 'assisting', 'assistance'], 'help is the plainer word', 'help'),
  govUk('approximately', ['approximately'], 'about is the plainer word', 'about'),
  govUk('such as', ['such as'], 'like is the plainer word', 'like'),
  plainer('prior to', ['prior to'], 'before'),
  plainer('commence', verb('commence').concat(['commencement']), 'start'),
  plainer('in the event of', ['in the event of', 'in the event that'], 'if'),
  plainer('terminate', verb('terminate'), 'end or stop'),
  plainer('obtain', verb('obtain'), 'get'),
  plainer('sufficient', ['sufficient', 'sufficiently'], 'enough'),
  plainer('additional', ['additional'], 'extra or more'),
  plainer('regarding', ['regarding', 'with regard to', 'in relation to'], 'about'),
  plainer('in accordance with', ['in accordance with'], 'under or following'),
  plainer('ascertain', verb('ascertain'), 'find out'),
  plainer('endeavour', ['endeavour', 'endeavours', 'endeavoured', 'endeavouring'], 'try'),
  plainer('whilst', ['whilst'], 'while'),
  plainer('per annum', ['per annum'], 'a year'),
  plainer('due to the fact that', ['due to the fact that', 'owing to the fact that'], 'because'),
  plainer('at this point in time', ['at this point in time', 'at the present time'], 'now'),
  plainer('aforementioned', ['aforementioned'], 'this, that or these'),
  plainer('in receipt of', ['in receipt of'], 'have or have received'),
];

/** The words before a form in `verbForms` that show it is used as a verb. */
export const VERB_CUES: readonly string[] = [
  'to',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'not',
  'it',
  'this',
  'that',
  'which',
  'we',
  'they',
  'you',
  'also',
];
