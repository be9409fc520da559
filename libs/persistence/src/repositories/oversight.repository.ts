import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LookupOutcome, NotificationStatus, TemplateType } from '@herald/domain';
import { AuditEventEntity } from '../entities/audit-event.entity';
import { PurposeLogEntity } from '../entities/purpose-log.entity';
import { ServiceRegisterPurposeEntity } from '../entities/service-register-purpose.entity';

export interface OutcomeCount {
  readonly outcome: LookupOutcome;
  readonly count: number;
}

export interface ChannelStatusCount {
  readonly channel: TemplateType;
  readonly status: NotificationStatus;
  readonly count: number;
}

/** One service's totals in one calendar month (UTC, `YYYY-MM`). */
export interface MonthlyServiceCounts {
  readonly month: string;
  readonly serviceId: string;
  readonly notifications: number;
  readonly messages: number;
  readonly lookups: number;
}

export interface RegisterOutcomeCount {
  readonly register: string;
  readonly outcome: LookupOutcome;
  readonly count: number;
}

type CountRow = Record<string, string> & { count: string | number };

/**
 * What an auditor reads across services, counted by the database: look-ups, sends and the
 * vocabulary of the filters. Aggregates and names only; never a recipient, a key or content.
 */
@Injectable()
export class OversightRepository {
  constructor(private readonly dataSource: DataSource) {}

  async lookupOutcomes(serviceId: string): Promise<OutcomeCount[]> {
    const rows = await this.dataSource
      .createQueryBuilder(PurposeLogEntity, 'p')
      .select('p.outcome', 'outcome')
      .addSelect('COUNT(*)', 'count')
      .where('p.serviceId = :serviceId', { serviceId })
      .groupBy('p.outcome')
      .orderBy('p.outcome')
      .getRawMany<CountRow>();
    return rows.map((r) => ({ outcome: r.outcome as LookupOutcome, count: Number(r.count) }));
  }

  /** Notifications of the service by channel and status, kept or moved to history; test keys never count. */
  async notificationCounts(serviceId: string): Promise<ChannelStatusCount[]> {
    const p = this.placeholders();
    const live = (table: string) => `SELECT notification_type, status FROM ${table} WHERE service_id = ${p(1)} AND key_type <> 'test'`;
    const rows: CountRow[] = await this.dataSource.query(
      `SELECT n.notification_type AS channel, n.status AS status, COUNT(*) AS count
       FROM (${live('notifications')} UNION ALL ${live('notification_history')}) n
       GROUP BY n.notification_type, n.status ORDER BY n.notification_type, n.status`,
      this.postgres ? [serviceId] : [serviceId, serviceId],
    );
    return rows.map((r) => ({ channel: r.channel as TemplateType, status: r.status as NotificationStatus, count: Number(r.count) }));
  }

  /** Per service and UTC month since `since`: notifications (with history), omnichannel messages and look-ups. */
  async monthlyCounts(since: Date): Promise<MonthlyServiceCounts[]> {
    const p = this.placeholders();
    const month = (column: string) => (this.postgres ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM')` : `substr(${column}, 1, 7)`);
    const counted = (kind: string, table: string, column: string, notTest: boolean) =>
      `SELECT '${kind}' AS kind, service_id, ${month(column)} AS month, COUNT(*) AS count FROM ${table}
       WHERE ${column} >= ${p(1)}${notTest ? " AND key_type <> 'test'" : ''} GROUP BY service_id, ${month(column)}`;
    const rows: CountRow[] = await this.dataSource.query(
      [
        counted('notifications', 'notifications', 'created_at', true),
        counted('notifications', 'notification_history', 'created_at', true),
        counted('messages', 'messages', 'created_at', true),
        counted('lookups', 'purpose_log', 'at', false),
      ].join(' UNION ALL '),
      this.postgres ? [since] : Array<string>(4).fill(sqliteTime(since)),
    );
    const byKey = new Map<string, MonthlyServiceCounts>();
    for (const row of rows) {
      const key = `${row.month} ${row.service_id}`;
      const counts = byKey.get(key) ?? { month: row.month, serviceId: row.service_id, notifications: 0, messages: 0, lookups: 0 };
      const kind = row.kind as 'notifications' | 'messages' | 'lookups';
      byKey.set(key, { ...counts, [kind]: counts[kind] + Number(row.count) });
    }
    return [...byKey.values()].sort((a, b) => b.month.localeCompare(a.month) || a.serviceId.localeCompare(b.serviceId));
  }

  async lookupsByRegister(since: Date): Promise<RegisterOutcomeCount[]> {
    const rows = await this.dataSource
      .createQueryBuilder(PurposeLogEntity, 'p')
      .select('p.registerName', 'register')
      .addSelect('p.outcome', 'outcome')
      .addSelect('COUNT(*)', 'count')
      .where('p.at >= :since', { since })
      .groupBy('p.registerName')
      .addGroupBy('p.outcome')
      .orderBy('p.registerName')
      .addOrderBy('p.outcome')
      .getRawMany<CountRow>();
    return rows.map((r) => ({ register: r.register, outcome: r.outcome as LookupOutcome, count: Number(r.count) }));
  }

  /** The registers and purposes named in the purpose log, for the auditor's filters. */
  async purposeLogVocabulary(): Promise<{ registers: string[]; purposes: string[] }> {
    const distinct = async (column: 'registerName' | 'purpose') =>
      (
        await this.dataSource
          .createQueryBuilder(PurposeLogEntity, 'p')
          .select(`p.${column}`, 'value')
          .distinct(true)
          .orderBy(`p.${column}`)
          .getRawMany<{ value: string }>()
      ).map((r) => r.value);
    return { registers: await distinct('registerName'), purposes: await distinct('purpose') };
  }

  /** How many services may look people up in at least one register. */
  async servicesWithGrants(): Promise<number> {
    const row = await this.dataSource
      .createQueryBuilder(ServiceRegisterPurposeEntity, 'g')
      .select('COUNT(DISTINCT g.serviceId)', 'count')
      .getRawOne<{ count: string | number }>();
    return Number(row?.count ?? 0);
  }

  /** Every action the audit log holds, for the auditor's filter. */
  async auditActions(): Promise<string[]> {
    const rows = await this.dataSource
      .createQueryBuilder(AuditEventEntity, 'a')
      .select('a.action', 'action')
      .distinct(true)
      .orderBy('a.action')
      .getRawMany<{ action: string }>();
    return rows.map((r) => r.action);
  }

  private get postgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  private placeholders(): (index: number) => string {
    return this.postgres ? (index) => `$${index}` : () => '?';
  }
}

/** How TypeORM writes a datetime in SQLite: UTC, `YYYY-MM-DD HH:MM:SS.SSS`. */
function sqliteTime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}
