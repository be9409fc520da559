/**
 * A bulk send's life: waiting for the worker (or for its time), creating notifications, all
 * created, stopped by a team member, or given up by the worker (with its reason).
 */
export const JOB_STATUSES = ['pending', 'scheduled', 'in-progress', 'finished', 'cancelled', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** The most rows one uploaded file may have. */
export const MAX_JOB_ROWS = 100_000;

/** The first data row of a file is row 2: row 1 holds the column names, as a spreadsheet numbers them. */
export const FIRST_DATA_ROW = 2;
