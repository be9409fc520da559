/**
 * R-CK: checks on every template version. Each rule is `error` (blocks publish), `warning` or
 * `off`, per service; a finding carries where it is and what to write instead.
 */
export const CHECK_RULES = ['words-to-avoid', 'link-text', 'sentence-length', 'reading-age', 'passive-voice', 'letter-pages', 'parity'] as const;
export type CheckRule = (typeof CHECK_RULES)[number];

export const CHECK_SEVERITIES = ['error', 'warning', 'off'] as const;
export type CheckSeverity = (typeof CHECK_SEVERITIES)[number];

export type CheckRuleSettings = Readonly<Record<CheckRule, CheckSeverity>>;

/** Herald's defaults: link text and over-long letters block publishing; wording is advice. */
export const DEFAULT_CHECK_RULES: CheckRuleSettings = {
  'words-to-avoid': 'warning',
  'link-text': 'error',
  'sentence-length': 'warning',
  'reading-age': 'warning',
  'passive-voice': 'warning',
  'letter-pages': 'error',
  parity: 'error',
};

/** Which part of the template a finding is in. */
export type CheckField = 'subject' | 'content' | 'welsh_subject' | 'welsh_content';

export interface CheckFinding {
  readonly rule: CheckRule;
  readonly severity: Exclude<CheckSeverity, 'off'>;
  readonly field: CheckField | null;
  /** Character offsets in the field, end exclusive; null for findings about the whole template. */
  readonly start: number | null;
  readonly end: number | null;
  /** The text found (a word, a link text, a sentence's first words). */
  readonly text: string | null;
  readonly message: string;
  readonly suggestion: string | null;
  /** Index of the sentence (0-based) for sentence rules. */
  readonly sentence?: number;
  /** In a template set's report, the variant the finding is about (`email:en`, `letter:bilingual`). */
  readonly variant?: string;
}

/** R-CK-4: the whole template's readability; Welsh text is not scored. */
export interface ReadabilityScore {
  readonly fleschReadingEase: number | null;
  readonly smogGrade: number | null;
  /** Estimated reading age of the whole text, from the two formulas. */
  readonly readingAge: number | null;
  readonly targetAge: number;
  readonly notScored: readonly string[];
}

/** Stored on each template version (and template-set draft and version). */
export interface TemplateCheckReport {
  readonly checkedAt: string;
  readonly findings: readonly CheckFinding[];
  readonly readability: ReadabilityScore | null;
  /** R-CK-7: letters' page counts per rendering. */
  readonly letterPages: Readonly<Record<string, number>> | null;
  /** True when any finding is an `error`. */
  readonly blocksPublish: boolean;
}
