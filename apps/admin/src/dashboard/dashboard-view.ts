import type { ServiceDashboardResponse } from '@herald/contracts';
import { channelLabel, recipientLine, statusTag } from '../activity/notification-labels';
import { jobStatusText } from '../jobs/job-view';
import { dailyChart, shortDay } from './daily-chart';

const CHANNELS = ['email', 'sms', 'letter'] as const;

/** What dashboard/index.njk shows. */
export function dashboardView(serviceId: string, dashboard: ServiceDashboardResponse) {
  const base = `/services/${encodeURIComponent(serviceId)}`;
  return {
    totals: CHANNELS.map((channel) => ({ channel, label: channelLabel(channel), ...dashboard.lastSevenDays[channel] })),
    chart: dailyChart(dashboard.days),
    daysNewestFirst: [...dashboard.days].reverse().map((d) => ({ ...d, label: shortDay(d.day) })),
    failures: dashboard.failures.map((f) => ({
      href: `${base}/notifications/${encodeURIComponent(f.id)}`,
      recipient: recipientLine(f.channel, f.recipient),
      channel: channelLabel(f.channel),
      templateName: f.templateName ?? 'Deleted template',
      tag: statusTag(f.channel, f.status),
      createdAt: f.createdAt,
    })),
    bulkSends: dashboard.bulkSends.map((job) => ({
      ...job,
      href: `${base}/jobs/${encodeURIComponent(job.id)}`,
      // The job page's words: "Scheduled for 7 December 2026 at 09:00", "Failed"...
      statusLabel: jobStatusText(job),
    })),
    activityHref: `${base}/activity`,
    failuresHref: `${base}/activity?status=failed`,
  };
}
