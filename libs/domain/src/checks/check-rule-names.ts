import type { CheckRule, CheckSeverity } from './template-check.model';

/** R-CK: each rule as the admin, the CLI and refusal messages name it, with what it looks for. */
export const CHECK_RULE_NAMES: Readonly<Record<CheckRule, { readonly name: string; readonly description: string }>> = {
  'words-to-avoid': { name: 'Words to avoid', description: 'Words the GOV.UK style guide asks writers to avoid, with a plainer word to use' },
  'link-text': { name: 'Link text', description: 'Links whose text does not say where they go, like “click here” or “read more”' },
  'sentence-length': { name: 'Sentence length', description: 'Sentences over 25 words' },
  'reading-age': { name: 'Reading age', description: 'Sentences that need a reading age well above 9, from the Flesch and SMOG formulas' },
  'passive-voice': { name: 'Passive voice', description: 'Sentences like “your form was received” that hide who does what' },
  'letter-pages': { name: 'Letter pages', description: 'Letters over 10 pages in any printing, including large print' },
  parity: { name: 'Parity between variants', description: 'Variants of a template set that leave out a placeholder the others use' },
};

/** How each severity reads in the admin and the CLI. */
export const CHECK_SEVERITY_NAMES: Readonly<Record<CheckSeverity, string>> = {
  error: 'Error: stops saving or publishing',
  warning: 'Warning: shown, never blocks',
  off: 'Off: not checked',
};
