/** A problem in an uploaded file: `row` null for the whole file, 1 for the header. */
export interface UploadProblem {
  readonly row: number | null;
  readonly column: string;
  readonly message: string;
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
  readonly firstMessage: { readonly recipient: string; readonly subject: string | null; readonly body: string };
}

export type JobStatusName = 'pending' | 'in-progress' | 'finished' | 'cancelled';

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
}
