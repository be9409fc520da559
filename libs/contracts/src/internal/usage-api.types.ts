/**
 * Types of a service's usage (/internal/services/:serviceId/usage) and of an organisation's
 * pages (/internal/organisations). A financial year runs from 1 April to 31 March, in UK time.
 * Test keys' messages, and messages that never went out (cancelled, technical failures), do not count.
 */

/** What was sent over a period, per channel. */
export interface UsageFigures {
  readonly emails: number;
  readonly textMessages: number;
  /** Text-message fragments (a long text is billed as several). */
  readonly textMessageFragments: number;
  readonly letters: number;
  /** Sheets of paper: two pages a sheet, rounded up per letter. */
  readonly letterSheets: number;
}

export interface UsageMonth extends UsageFigures {
  /** `YYYY-MM`, a UK calendar month. */
  readonly month: string;
}

export interface ServiceUsageResponse {
  /** The year the financial year shown starts in: 2025 for April 2025 to March 2026. */
  readonly financialYear: number;
  /** The financial years there is usage to see: this one and every earlier one since the service first sent, newest first. */
  readonly financialYears: number[];
  /** April to March, every month present (zeros when nothing was sent). */
  readonly months: UsageMonth[];
  readonly total: UsageFigures;
  /** The organisation the service sends for, or null. */
  readonly organisation: string | null;
}
