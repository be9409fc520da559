/** The words of a template version (or a template-set variant) as the checks read them. */
export interface CheckableTemplate {
  readonly templateType: 'email' | 'sms' | 'letter';
  readonly subject: string | null;
  readonly content: string;
  /** 'en' | 'cy' | 'bilingual' | null (null = an ordinary English template). */
  readonly language: string | null;
  /** A bilingual letter's Welsh part. */
  readonly welshSubject: string | null;
  readonly welshContent: string | null;
}

/** A template-set variant: a template with its channel. */
export interface CheckableVariant extends CheckableTemplate {
  readonly channel: 'email' | 'sms' | 'letter';
}

export interface CheckOptions {
  /** When the check runs: the report's `checkedAt` and the date printed on a letter's rendering. */
  readonly now?: Date;
  /** The reading age the text is written for (R-CK-4); GOV.UK's 9 by default. */
  readonly targetAge?: number;
}

/** GOV.UK writes for a reading age of 9, the UK average (omnichannel.md §5.1). */
export const DEFAULT_TARGET_AGE = 9;
