import type { JobStatus } from './job-status';

/** A bulk send from an uploaded file, before it starts. */
export interface NewJob {
  readonly id: string;
  readonly serviceId: string;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly uploadId: string;
  readonly fileName: string;
  readonly rowCount: number;
  readonly createdById: string | null;
  /** When to start sending (a scheduled send), or null to send at once. */
  readonly scheduledFor?: Date | null;
}

export interface StoredJob extends NewJob {
  readonly status: JobStatus;
  readonly rowsProcessed: number;
  readonly createdAt: Date;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
  readonly scheduledFor: Date | null;
  /** Why the worker gave up (a `failed` job), in words for the team. */
  readonly failureReason: string | null;
  /** Rows never made into messages because the job was cancelled. */
  readonly rowsCancelled: number | null;
}
