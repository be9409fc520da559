import { Inject, Injectable } from '@nestjs/common';
import type { PlatformDashboardResponse, PlatformMinute, PlatformProviderRates, PlatformSmsProvider } from '@herald/contracts';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { reportSmsProviders, SMS_PROVIDER_HEALTH, SmsProviderHealth } from '@herald/domain';
import { MinuteCount, PlatformStatisticsRepository, ProviderCounts } from '@herald/persistence';
import { QueueDepths, QUEUES } from '@herald/queue';
import { smsProviderNames } from '@herald/redis';
import { percent, withFailureRate } from './platform-rates';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** Every minute of the last hour, oldest first, zeros included. */
function lastHourByMinute(counts: MinuteCount[], now: Date): PlatformMinute[] {
  const currentMinute = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
  return Array.from({ length: 60 }, (_, i) => {
    const at = new Date(currentMinute - (59 - i) * MINUTE_MS);
    const key = at.toISOString().slice(0, 16).replace('T', ' ');
    const of = (channel: string) => counts.find((c) => c.minute === key && c.channel === channel)?.count ?? 0;
    return { at: at.toISOString(), email: of('email'), sms: of('sms'), letter: of('letter') };
  });
}

const providerRates = (rows: ProviderCounts[]): PlatformProviderRates[] =>
  rows.map((row) => ({ ...withFailureRate(row), provider: row.provider, channel: row.channel, deliveryRatePercent: percent(row.delivered, row.sent) }));

/** The platform's health at a glance: traffic, providers, queues, callbacks and SMS failover. */
@Injectable()
export class PlatformDashboardService {
  constructor(
    private readonly statistics: PlatformStatisticsRepository,
    private readonly queues: QueueDepths,
    @Inject(SMS_PROVIDER_HEALTH) private readonly smsHealth: SmsProviderHealth,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  async figures(now = new Date()): Promise<PlatformDashboardResponse> {
    const [minutes, lastHour, lastDay, queues, undrainedEvents, smsProviders] = await Promise.all([
      this.statistics.messagesPerMinute(new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS - 59 * MINUTE_MS)),
      this.statistics.providerOutcomes(new Date(now.getTime() - HOUR_MS)),
      this.statistics.providerOutcomes(new Date(now.getTime() - 24 * HOUR_MS)),
      this.queues.read(),
      this.statistics.undrainedCallbackEvents(),
      this.smsProviders(),
    ]);
    return {
      generatedAt: now.toISOString(),
      messagesPerMinute: lastHourByMinute(minutes, now),
      providersLastHour: providerRates(lastHour),
      providersLastDay: providerRates(lastDay),
      queues: queues.map((q) => ({
        ...q,
        oldestWaitingSince: q.oldestWaitingSince?.toISOString() ?? null,
        oldestWaitingAgeSeconds: q.oldestWaitingSince ? Math.max(0, Math.round((now.getTime() - q.oldestWaitingSince.getTime()) / 1000)) : null,
      })),
      callbackBacklog: { undrainedEvents, queuedCallbacks: queues.find((q) => q.name === QUEUES.serviceCallbacks)?.waiting ?? 0 },
      smsFailoverWindowSeconds: this.config.sms.failover.windowSeconds,
      smsProviders,
    };
  }

  private async smsProviders(): Promise<PlatformSmsProvider[]> {
    const names = smsProviderNames(this.config);
    const reports = reportSmsProviders(names, await this.smsHealth.states(names), this.config.sms.failover);
    return reports.map((report) => ({ ...report, p90LatencyThresholdMs: this.config.sms.failover.p90LatencyMs }));
  }
}
