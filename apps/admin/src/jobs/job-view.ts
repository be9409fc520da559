import type { JobProgress } from '@herald/contracts';

/** What the job page and its polling script show. */
export interface JobView extends JobProgress {
  readonly statusText: string;
  readonly rows: ReadonlyArray<{ readonly status: string; readonly count: number }>;
}

const STATUS_TEXT: Record<JobProgress['status'], string> = {
  pending: 'Waiting to start',
  'in-progress': 'Sending',
  finished: 'Finished',
  cancelled: 'Cancelled',
};

export function jobView(progress: JobProgress): JobView {
  const statusText = progress.status === 'finished' && !progress.complete ? 'Sending' : STATUS_TEXT[progress.status];
  const rows = Object.entries(progress.statusCounts)
    .map(([status, count]) => ({ status, count }))
    .sort((a, b) => a.status.localeCompare(b.status));
  return { ...progress, statusText, rows };
}
