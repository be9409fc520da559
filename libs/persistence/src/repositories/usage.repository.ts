import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationStatus, TemplateType } from '@herald/domain';

/** One service's use of one channel in one period: how many messages, and what they were billed in. */
export interface PeriodUsage {
  readonly serviceId: string;
  /** Which period: 0 for the one starting at the first boundary. */
  readonly period: number;
  readonly channel: TemplateType;
  readonly messages: number;
  /** Texts: fragments; letters: pages; emails: 0. */
  readonly billableUnits: number;
  /** Letters: sheets of paper (two pages a sheet, rounded up per letter); 0 for other channels. */
  readonly sheets: number;
}

/** Statuses of notifications that never went out, so did not count as use. */
export const NOT_SENT_STATUSES: readonly NotificationStatus[] = [
  'cancelled',
  'technical-failure',
  'validation-failed',
  'virus-scan-failed',
  'pending-virus-check',
];

type UsageRow = Record<'service_id' | 'channel', string> & Record<'period' | 'messages' | 'units' | 'sheets', string | number | null>;

/**
 * How much services used Herald, counted by the database (GROUP BY service, period and channel),
 * never by loading notifications. Test-key notifications and those that never went out do not
 * count; notifications the retention purge moved to `notification_history` still do. Periods are
 * given as instants, so the caller decides the calendar (UK months) and SQLite needs no time zones.
 */
@Injectable()
export class UsageRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Use per service, period and channel, where period `i` runs from `boundaries[i]` (included) to
   * `boundaries[i + 1]` (excluded). Periods and channels with no messages are left out.
   */
  async usage(serviceIds: readonly string[], boundaries: readonly Date[]): Promise<PeriodUsage[]> {
    if (serviceIds.length === 0 || boundaries.length < 2) return [];
    const params: unknown[] = [];
    const p = (value: unknown): string => {
      params.push(value instanceof Date && !this.postgres ? sqliteTime(value) : value);
      return this.postgres ? `$${params.length}` : '?';
    };
    const sent = (table: string) =>
      `SELECT service_id, created_at, notification_type, billable_units FROM ${table}
       WHERE service_id IN (${serviceIds.map(p).join(', ')}) AND key_type <> 'test'
       AND status NOT IN (${NOT_SENT_STATUSES.map(p).join(', ')})
       AND created_at >= ${p(boundaries[0])} AND created_at < ${p(boundaries[boundaries.length - 1])}`;
    // Parameters in the order they appear (SQLite's are positional): the period first, then the rows.
    const inner = boundaries.slice(1, -1);
    const period = inner.length ? `CASE ${inner.map((boundary, i) => `WHEN n.created_at < ${p(boundary)} THEN ${i}`).join(' ')} ELSE ${inner.length} END` : '0';
    const union = `${sent('notifications')} UNION ALL ${sent('notification_history')}`;
    // Grouped by position: the period is an expression with parameters, which PostgreSQL would not match if written twice.
    const rows: UsageRow[] = await this.dataSource.query(
      `SELECT n.service_id AS service_id, ${period} AS period, n.notification_type AS channel, COUNT(*) AS messages,
         SUM(n.billable_units) AS units, SUM((n.billable_units + 1) / 2) AS sheets
       FROM (${union}) n
       GROUP BY 1, 2, 3`,
      params,
    );
    return rows
      .map((row) => {
        const channel = row.channel as TemplateType;
        return {
          serviceId: row.service_id,
          period: Number(row.period),
          channel,
          messages: Number(row.messages),
          billableUnits: channel === 'email' ? 0 : Number(row.units ?? 0),
          sheets: channel === 'letter' ? Number(row.sheets ?? 0) : 0,
        };
      })
      .sort((a, b) => a.serviceId.localeCompare(b.serviceId) || a.period - b.period || a.channel.localeCompare(b.channel));
  }

  /** When the first of these services' counted notifications was created, or null when none was. */
  async firstSentAt(serviceIds: readonly string[]): Promise<Date | null> {
    if (serviceIds.length === 0) return null;
    const params: unknown[] = [];
    const p = (value: unknown): string => {
      params.push(value);
      return this.postgres ? `$${params.length}` : '?';
    };
    const first = (table: string) =>
      `SELECT MIN(created_at) AS first FROM ${table} WHERE service_id IN (${serviceIds.map(p).join(', ')}) AND key_type <> 'test'
       AND status NOT IN (${NOT_SENT_STATUSES.map(p).join(', ')})`;
    const rows: Array<{ first: string | Date | null }> = await this.dataSource.query(
      `SELECT MIN(f.first) AS first FROM (${first('notifications')} UNION ALL ${first('notification_history')}) f`,
      params,
    );
    const value = rows[0]?.first ?? null;
    if (value === null) return null;
    return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
  }

  private get postgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }
}

/** How TypeORM writes a datetime in SQLite: UTC, `YYYY-MM-DD HH:MM:SS.SSS`. */
function sqliteTime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}
