import { Injectable } from '@nestjs/common';
import type { ChannelCounts, CountsByChannel, DashboardChannel, DashboardDay, ServiceDashboardResponse } from '@herald/contracts';
import { UK_TIME_ZONE } from '@herald/domain';
import { DailyChannelCounts, JobRepository, ServiceStatisticsRepository } from '@herald/persistence';
import { lastUkDays } from './uk-days';

const CHART_DAYS = 30;
const SUMMARY_DAYS = 7;
const FAILURES_SHOWN = 10;
const BULK_SENDS_SHOWN = 5;
const CHANNELS: readonly DashboardChannel[] = ['email', 'sms', 'letter'];
const NONE: ChannelCounts = { sent: 0, delivered: 0, failed: 0 };
const DAY_MS = 24 * 60 * 60 * 1000;

/** A service's dashboard: the last 7 and 30 UK days per channel, failures to look at, the latest bulk sends. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly statistics: ServiceStatisticsRepository,
    private readonly jobs: JobRepository,
  ) {}

  async show(serviceId: string, now = new Date()): Promise<ServiceDashboardResponse> {
    const dayNames = lastUkDays(now, CHART_DAYS);
    // A day more than the chart: the oldest UK day may have started up to an hour before 30 × 24 hours ago.
    const [counts, failures, jobs] = await Promise.all([
      this.statistics.dailyCounts(serviceId, new Date(now.getTime() - (CHART_DAYS + 1) * DAY_MS), UK_TIME_ZONE),
      this.statistics.recentFailures(serviceId, new Date(now.getTime() - SUMMARY_DAYS * DAY_MS), FAILURES_SHOWN),
      this.jobs.listRecent(serviceId, BULK_SENDS_SHOWN),
    ]);
    const days = dayNames.map((day) => dayOf(day, counts));
    return {
      lastSevenDays: sumByChannel(days.slice(-SUMMARY_DAYS)),
      days,
      failures: failures.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
      bulkSends: jobs.map((j) => ({
        id: j.id,
        fileName: j.fileName,
        templateId: j.templateId,
        status: j.status,
        rowCount: j.rowCount,
        rowsProcessed: j.rowsProcessed,
        createdAt: j.createdAt.toISOString(),
        scheduledFor: j.scheduledFor?.toISOString() ?? null,
      })),
    };
  }
}

function dayOf(day: string, counts: readonly DailyChannelCounts[]): DashboardDay {
  const byChannel = Object.fromEntries(
    CHANNELS.map((channel) => {
      const found = counts.find((c) => c.day === day && c.channel === channel);
      return [channel, found ? { sent: found.sent, delivered: found.delivered, failed: found.failed } : NONE];
    }),
  ) as Record<DashboardChannel, ChannelCounts>;
  return { day, byChannel, total: CHANNELS.reduce((total, channel) => add(total, byChannel[channel]), NONE) };
}

function sumByChannel(days: readonly DashboardDay[]): CountsByChannel {
  return Object.fromEntries(CHANNELS.map((channel) => [channel, days.reduce((total, day) => add(total, day.byChannel[channel]), NONE)])) as Record<
    DashboardChannel,
    ChannelCounts
  >;
}

const add = (a: ChannelCounts, b: ChannelCounts): ChannelCounts => ({
  sent: a.sent + b.sent,
  delivered: a.delivered + b.delivered,
  failed: a.failed + b.failed,
});
