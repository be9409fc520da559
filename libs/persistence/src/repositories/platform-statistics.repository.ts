import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationStatus, TemplateType } from '@herald/domain';
import { NotificationStatusEventEntity } from '../entities/notification-status-event.entity';
import { NotificationEntity } from '../entities/notification.entity';
import { ServiceEntity } from '../entities/service.entity';
import { TemplateEntity } from '../entities/template.entity';

/** Sent counts of one channel, or of one provider: how many, how many delivered and how many failed. */
export interface DeliveryCounts {
  readonly sent: number;
  readonly delivered: number;
  readonly failed: number;
}

export interface ServiceVolumes {
  readonly serviceId: string;
  readonly name: string;
  /** Trial mode. */
  readonly restricted: boolean;
  readonly active: boolean;
  readonly byChannel: Readonly<Record<TemplateType, DeliveryCounts>>;
  readonly total: DeliveryCounts;
}

export interface MinuteCount {
  /** The minute, UTC, as `YYYY-MM-DD HH:MM`. */
  readonly minute: string;
  readonly channel: TemplateType;
  readonly count: number;
}

export interface ProviderCounts extends DeliveryCounts {
  readonly provider: string;
  readonly channel: TemplateType;
}

/** One notification found by id, whatever its service, for operators. */
export interface NotificationSighting {
  readonly id: string;
  readonly serviceId: string;
  readonly serviceName: string;
  readonly templateId: string;
  readonly templateName: string | null;
  readonly channel: TemplateType;
  readonly status: NotificationStatus;
  readonly provider: string | null;
  readonly createdAt: Date;
}

export const DELIVERED_STATUSES: readonly NotificationStatus[] = ['delivered', 'sent'];
export const FAILED_STATUSES: readonly NotificationStatus[] = [
  'failed',
  'technical-failure',
  'temporary-failure',
  'permanent-failure',
  'validation-failed',
  'virus-scan-failed',
  'returned-letter',
];

const CHANNELS: readonly TemplateType[] = ['email', 'sms', 'letter'];
const NONE: DeliveryCounts = { sent: 0, delivered: 0, failed: 0 };

interface StatusCountRow {
  status: NotificationStatus;
  count: string | number;
}

const add = (counts: DeliveryCounts, row: StatusCountRow): DeliveryCounts => ({
  sent: counts.sent + Number(row.count),
  delivered: counts.delivered + (DELIVERED_STATUSES.includes(row.status) ? Number(row.count) : 0),
  failed: counts.failed + (FAILED_STATUSES.includes(row.status) ? Number(row.count) : 0),
});

/**
 * Platform-wide figures for operators, read across every service on purpose (the only repository
 * that does; its callers are @PlatformAdminOnly). Test-key notifications never count.
 */
@Injectable()
export class PlatformStatisticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every service with its volumes since `since`, busiest first, then by name. */
  async servicesWithVolumes(since: Date): Promise<ServiceVolumes[]> {
    const [services, rows] = await Promise.all([
      this.dataSource.getRepository(ServiceEntity).find({ order: { name: 'ASC' } }),
      this.dataSource
        .getRepository(NotificationEntity)
        .createQueryBuilder('n')
        .select('n.serviceId', 'serviceId')
        .addSelect('n.notificationType', 'channel')
        .addSelect('n.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .where('n.createdAt >= :since', { since })
        .andWhere("n.keyType <> 'test'")
        .groupBy('n.serviceId')
        .addGroupBy('n.notificationType')
        .addGroupBy('n.status')
        .getRawMany<StatusCountRow & { serviceId: string; channel: TemplateType }>(),
    ]);
    const volumes = services.map((service) => {
      const byChannel = Object.fromEntries(CHANNELS.map((channel) => [channel, NONE])) as Record<TemplateType, DeliveryCounts>;
      let total = NONE;
      for (const row of rows.filter((r) => r.serviceId === service.id)) {
        byChannel[row.channel] = add(byChannel[row.channel] ?? NONE, row);
        total = add(total, row);
      }
      return { serviceId: service.id, name: service.name, restricted: service.restricted, active: service.active, byChannel, total };
    });
    return volumes.sort((a, b) => b.total.sent - a.total.sent || a.name.localeCompare(b.name));
  }

  /** Notifications created per minute and channel since `since` (minutes with none are left out). */
  async messagesPerMinute(since: Date): Promise<MinuteCount[]> {
    const minute = this.isPostgres() ? "to_char(n.createdAt AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI')" : 'substr(n.createdAt, 1, 16)';
    const rows = await this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .select(minute, 'minute')
      .addSelect('n.notificationType', 'channel')
      .addSelect('COUNT(*)', 'count')
      .where('n.createdAt >= :since', { since })
      .andWhere("n.keyType <> 'test'")
      .groupBy(minute)
      .addGroupBy('n.notificationType')
      .getRawMany<{ minute: string; channel: TemplateType; count: string | number }>();
    return rows.map((row) => ({ minute: row.minute, channel: row.channel, count: Number(row.count) })).sort((a, b) => a.minute.localeCompare(b.minute));
  }

  /** Per provider and channel: notifications handed to it since `since`, and how they ended. */
  async providerOutcomes(since: Date): Promise<ProviderCounts[]> {
    const rows = await this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .select('n.provider', 'provider')
      .addSelect('n.notificationType', 'channel')
      .addSelect('n.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('n.createdAt >= :since', { since })
      .andWhere('n.provider IS NOT NULL')
      .andWhere("n.keyType <> 'test'")
      .groupBy('n.provider')
      .addGroupBy('n.notificationType')
      .addGroupBy('n.status')
      .getRawMany<StatusCountRow & { provider: string; channel: TemplateType }>();
    const byKey = new Map<string, ProviderCounts>();
    for (const row of rows) {
      const key = `${row.provider}\u0000${row.channel}`;
      const counts = add(byKey.get(key) ?? { provider: row.provider, channel: row.channel, ...NONE }, row);
      byKey.set(key, { provider: row.provider, channel: row.channel, ...counts });
    }
    return [...byKey.values()].sort((a, b) => a.channel.localeCompare(b.channel) || a.provider.localeCompare(b.provider));
  }

  /** Callback outbox rows not yet turned into callback jobs. */
  async undrainedCallbackEvents(): Promise<number> {
    return this.dataSource.getRepository(NotificationStatusEventEntity).count();
  }

  async findNotification(notificationId: string): Promise<NotificationSighting | null> {
    const row = await this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .innerJoin(ServiceEntity, 's', 's.id = n.serviceId')
      .leftJoin(TemplateEntity, 't', 't.id = n.templateId AND t.serviceId = n.serviceId')
      .select([
        'n.id AS id',
        'n.serviceId AS "serviceId"',
        's.name AS "serviceName"',
        'n.templateId AS "templateId"',
        't.name AS "templateName"',
        'n.notificationType AS channel',
        'n.status AS status',
        'n.provider AS provider',
        'n.createdAt AS "createdAt"',
      ])
      .where('n.id = :notificationId', { notificationId })
      .getRawOne<Omit<NotificationSighting, 'createdAt'> & { createdAt: Date | string }>();
    if (!row) return null;
    return { ...row, createdAt: this.toDate(row.createdAt) };
  }

  private isPostgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  /** SQLite hands raw datetimes back as UTC strings without a zone. */
  private toDate(value: Date | string): Date {
    return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
  }
}
