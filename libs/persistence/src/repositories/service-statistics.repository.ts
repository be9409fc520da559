import { Injectable } from '@nestjs/common';
import { DataSource, In, MoreThanOrEqual, Not } from 'typeorm';
import { NotificationStatus, TemplateType, UK_TIME_ZONE } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { NotificationEntity } from '../entities/notification.entity';
import { TemplateEntity } from '../entities/template.entity';
import { DELIVERED_STATUSES, DeliveryCounts, FAILED_STATUSES } from './platform-statistics.repository';

/** One channel's counts on one day (the day as `YYYY-MM-DD` in `timeZone`). */
export interface DailyChannelCounts extends DeliveryCounts {
  readonly day: string;
  readonly channel: TemplateType;
}

/** A failed notification the dashboard points at. */
export interface FailedNotification {
  readonly id: string;
  readonly channel: TemplateType;
  readonly status: NotificationStatus;
  readonly recipient: string;
  readonly templateId: string;
  readonly templateName: string | null;
  readonly createdAt: Date;
}

interface HourRow {
  hour: string;
  channel: TemplateType;
  status: NotificationStatus;
  count: string | number;
}

/**
 * One service's figures for its dashboard, counted by the database (GROUP BY hour, channel and
 * status), never by loading notifications. Test-key notifications never count; notifications the
 * retention purge moved to `notification_history` still do.
 */
@Injectable()
export class ServiceStatisticsRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  /**
   * Counts per day and channel of notifications created since `since`; days and channels with
   * none are left out. Grouped by UTC hour in SQL, then folded into `timeZone` days, because
   * SQLite knows no time zones and a UK day starts at 23:00 UTC in summer.
   */
  async dailyCounts(serviceId: string, since: Date, timeZone = UK_TIME_ZONE): Promise<DailyChannelCounts[]> {
    const postgres = this.dataSource.options.type === 'postgres';
    const hour = postgres ? "to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24')" : 'substr(n.created_at, 1, 13)';
    const [p1, p2] = postgres ? ['$1', '$2'] : ['?', '?'];
    const live = (table: string) =>
      `SELECT created_at, notification_type, status FROM ${table} WHERE service_id = ${p1} AND key_type <> 'test' AND created_at >= ${p2}`;
    const rows: HourRow[] = await this.dataSource.query(
      `SELECT ${hour} AS hour, n.notification_type AS channel, n.status AS status, COUNT(*) AS count
       FROM (${live('notifications')} UNION ALL ${live('notification_history')}) n
       GROUP BY ${hour}, n.notification_type, n.status`,
      postgres ? [serviceId, since] : [serviceId, sqliteTime(since), serviceId, sqliteTime(since)],
    );
    const byKey = new Map<string, DailyChannelCounts>();
    for (const row of rows) {
      const day = dayIn(new Date(`${row.hour.replace(' ', 'T')}:00:00Z`), timeZone);
      const key = `${day} ${row.channel}`;
      const counts = byKey.get(key) ?? { day, channel: row.channel, sent: 0, delivered: 0, failed: 0 };
      const count = Number(row.count);
      byKey.set(key, {
        ...counts,
        sent: counts.sent + count,
        delivered: counts.delivered + (DELIVERED_STATUSES.includes(row.status) ? count : 0),
        failed: counts.failed + (FAILED_STATUSES.includes(row.status) ? count : 0),
      });
    }
    return [...byKey.values()].sort((a, b) => a.day.localeCompare(b.day) || a.channel.localeCompare(b.channel));
  }

  /** The latest failed notifications created since `since`, newest first. */
  async recentFailures(serviceId: string, since: Date, limit: number): Promise<FailedNotification[]> {
    const rows = await this.dataSource.getRepository(NotificationEntity).find({
      select: { id: true, notificationType: true, status: true, recipient: true, templateId: true, createdAt: true },
      where: { serviceId, keyType: Not('test' as const), status: In([...FAILED_STATUSES]), createdAt: MoreThanOrEqual(since) },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
    const templateIds = [...new Set(rows.map((r) => r.templateId))];
    const templates = templateIds.length
      ? await this.dataSource.getRepository(TemplateEntity).find({ select: { id: true, name: true }, where: { serviceId, id: In(templateIds) } })
      : [];
    const names = new Map(templates.map((t) => [t.id, t.name]));
    return rows.map((r) => ({
      id: r.id,
      channel: r.notificationType,
      status: r.status,
      recipient: this.cipher.decrypt(r.recipient),
      templateId: r.templateId,
      templateName: names.get(r.templateId) ?? null,
      createdAt: r.createdAt,
    }));
  }
}

/** How TypeORM writes a datetime in SQLite: UTC, `YYYY-MM-DD HH:MM:SS.SSS`. */
function sqliteTime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

/** `YYYY-MM-DD` of the instant in the zone. */
export function dayIn(instant: Date, timeZone: string): string {
  return instant.toLocaleDateString('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
}
