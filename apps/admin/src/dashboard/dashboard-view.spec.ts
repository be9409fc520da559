import type { DashboardBulkSend, JobStatusName, ServiceDashboardResponse } from '@herald/contracts';
import { dashboardView } from './dashboard-view';

const aBulkSend = (status: JobStatusName, scheduledFor: string | null = null): DashboardBulkSend => ({
  id: `job-${status}`,
  fileName: `${status}.csv`,
  templateId: 'template-1',
  status,
  rowCount: 10,
  rowsProcessed: 0,
  createdAt: '2026-12-01T09:00:00.000Z',
  scheduledFor,
});

const aDashboard = (bulkSends: DashboardBulkSend[]): ServiceDashboardResponse => ({
  lastSevenDays: { email: { sent: 0, delivered: 0, failed: 0 }, sms: { sent: 0, delivered: 0, failed: 0 }, letter: { sent: 0, delivered: 0, failed: 0 } },
  days: [],
  failures: [],
  bulkSends,
});

describe('the dashboard’s latest bulk sends', () => {
  // A Record: a job status added to the contract fails to compile here until it has words.
  const WORDS: Record<JobStatusName, string> = {
    pending: 'Waiting to start',
    scheduled: 'Scheduled for 7 December 2026 at 09:00',
    'in-progress': 'Sending',
    finished: 'Finished',
    cancelled: 'Cancelled',
    failed: 'Failed',
  };

  it.each(Object.entries(WORDS))('names a %s job in words, as the job page does', (status, words) => {
    const job = aBulkSend(status as JobStatusName, status === 'scheduled' ? '2026-12-07T09:00:00.000Z' : null);
    const [shown] = dashboardView('service-1', aDashboard([job])).bulkSends;
    expect(shown.statusLabel).toBe(words);
  });
});
