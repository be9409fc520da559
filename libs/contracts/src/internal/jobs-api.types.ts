import type { ProblemCode } from './problem-codes';

/** A problem in an uploaded file: `row` null for the whole file, 1 for the header. */
export interface UploadProblem {
  readonly row: number | null;
  readonly column: string;
  readonly message: string;
  /** Which sending or file rule refused, when one did: the admin words it for people. */
  readonly code?: ProblemCode;
}

/** What an upload came to: a stored file ready to send, or its problems (the first 50, and how many). */
export type UploadResult =
  | { readonly ok: true; readonly uploadId: string; readonly rowCount: number }
  | { readonly ok: false; readonly rowCount: number; readonly problems: readonly UploadProblem[]; readonly problemCount: number };

/** A checked file before sending: its size and the first message. */
export interface UploadSummary {
  readonly uploadId: string;
  readonly fileName: string;
  readonly rowCount: number;
  readonly templateId: string;
  readonly templateName: string;
  readonly templateType: 'email' | 'sms' | 'letter';
  /** The first row's message, and the row's values by column (to show it as its recipient will see it). */
  readonly firstMessage: { readonly recipient: string; readonly subject: string | null; readonly body: string; readonly values: Record<string, string> };
  /** The times (ISO 8601) the file may be scheduled for: every whole hour of the next 7 days. */
  readonly scheduleTimes: readonly string[];
}

/** Start sending a checked file now, or at `scheduledFor` (one of the upload's `scheduleTimes`). */
export interface StartJobRequest {
  readonly scheduledFor?: string | null;
}

export type JobStatusName = 'pending' | 'scheduled' | 'in-progress' | 'finished' | 'cancelled' | 'failed';

export interface JobSummary {
  readonly id: string;
  readonly fileName: string;
  readonly templateId: string;
  readonly templateName: string;
  readonly templateType: 'email' | 'sms' | 'letter';
  readonly rowCount: number;
  readonly status: JobStatusName;
  readonly createdAt: string;
  readonly createdBy: string | null;
  /** A scheduled send's start (ISO 8601), or null. */
  readonly scheduledFor: string | null;
}

/** A job with its progress: rows handed to a provider (sent) out of all rows, and notifications per status. */
export interface JobProgress extends JobSummary {
  readonly rowsProcessed: number;
  readonly sent: number;
  readonly delivered: number;
  readonly failed: number;
  readonly pending: number;
  readonly percentSent: number;
  /** Nothing more will change: every row has a final status, or the job was cancelled. */
  readonly complete: boolean;
  readonly statusCounts: Readonly<Record<string, number>>;
  /** Why the worker gave up on a `failed` job, in words for the team. */
  readonly failureReason: string | null;
  /** Messages a cancel stopped before they were made (never sent), for a `cancelled` job. */
  readonly messagesCancelled: number | null;
}

/** The recipients list's status filter: every row, or those sending, delivered or failed. */
export const JOB_RECIPIENT_FILTERS = ['all', 'sending', 'delivered', 'failed'] as const;
export type JobRecipientFilter = (typeof JOB_RECIPIENT_FILTERS)[number];

/** One row of a bulk send, as made into a message. */
export interface JobRecipient {
  readonly rowNumber: number;
  readonly recipient: string;
  readonly status: string;
  readonly updatedAt: string;
}

/** A page of a bulk send's recipients, in row order. */
export interface JobRecipientsPage {
  readonly status: JobRecipientFilter;
  readonly page: number;
  readonly pageSize: number;
  /** Rows matching the filter, on every page. */
  readonly total: number;
  readonly recipients: readonly JobRecipient[];
  /** The next print run (ISO 8601): a letter waiting to be printed goes in it. */
  readonly nextPrintRun: string;
}
