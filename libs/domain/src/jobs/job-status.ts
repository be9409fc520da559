/** A bulk send's life: waiting for the worker, creating notifications, all created, or stopped. */
export const JOB_STATUSES = ['pending', 'in-progress', 'finished', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** The most rows one uploaded file may have. */
export const MAX_JOB_ROWS = 100_000;

/** The first data row of a file is row 2: row 1 holds the column names, as a spreadsheet numbers them. */
export const FIRST_DATA_ROW = 2;
