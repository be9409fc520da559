import type { CheckField, CheckRule, CheckSeverity } from '@herald/domain';

/** R-CK: one finding of the content checks, with where it is in its field. */
export interface CheckFindingView {
  readonly rule: CheckRule;
  readonly severity: Exclude<CheckSeverity, 'off'>;
  /** `subject`, `content`, `welsh_subject`, `welsh_content`; null for a finding about the whole template. */
  readonly field: CheckField | null;
  /** Character offsets in the field, end exclusive. */
  readonly start: number | null;
  readonly end: number | null;
  /** Where `start` falls in the field, counted from 1 as an editor does. */
  readonly line: number | null;
  readonly column: number | null;
  readonly text: string | null;
  readonly message: string;
  readonly suggestion: string | null;
  /** Index of the sentence (from 0) for sentence rules. */
  readonly sentence: number | null;
  /** In a template set's report: the variant, as `email:en`. */
  readonly variant: string | null;
}

/** R-CK-4: the whole text's readability; Welsh is listed in `not_scored`. */
export interface ReadabilityView {
  readonly flesch_reading_ease: number | null;
  readonly smog_grade: number | null;
  readonly reading_age: number | null;
  readonly target_age: number;
  readonly not_scored: string[];
}

/** A stored check report, as the API and the admin show it. */
export interface CheckReportView {
  readonly checked_at: string;
  /** True when any finding is an error: an ordinary template is not saved, a set is not published. */
  readonly blocks_publish: boolean;
  readonly findings: CheckFindingView[];
  readonly readability: ReadabilityView | null;
  /** R-CK-7: a letter's page count in each printing. */
  readonly letter_pages: Record<string, number> | null;
}

/** `GET /herald/v1/templates/{id}/checks`: the report on the template's current version. */
export interface TemplateChecksResponse extends CheckReportView {
  readonly template_id: string;
  readonly version: number;
}

/** `GET /herald/v1/template-sets/{id}/checks`: the draft's report, and the published version's (null until published). */
export interface TemplateSetChecksResponse {
  readonly template_set_id: string;
  readonly draft: CheckReportView;
  readonly published: (CheckReportView & { readonly version: number }) | null;
}
