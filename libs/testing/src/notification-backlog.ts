import { DataSource } from 'typeorm';

/** Rows per INSERT ... SELECT: large enough to be fast, small enough that no one statement runs for minutes. */
const ROWS_PER_STATEMENT = 200_000;

export interface NotificationCopies {
  /** A stored notification to copy: recipient, personalisation and the rest, already encrypted. */
  readonly modelId: string;
  readonly count: number;
  /** The first copy's creation time; each next copy is `stepMs` later. */
  readonly firstCreatedAt: Date;
  readonly stepMs: number;
}

/**
 * Copies one real notification `count` times inside PostgreSQL (INSERT ... SELECT over
 * generate_series), each copy with a new id and its own creation time: a backlog of a million
 * rows in seconds rather than a million round trips. PostgreSQL only. Returns how many were added.
 */
export async function copyNotification(dataSource: DataSource, copies: NotificationCopies): Promise<number> {
  const columns = await notificationColumns(dataSource);
  const values = columns.map((column) => {
    if (column === 'id') return 'gen_random_uuid()::text';
    if (column === 'created_at') return `$2::timestamptz + (g * $3::double precision) * interval '1 millisecond'`;
    return `m."${column}"`;
  });
  let added = 0;
  for (let from = 0; from < copies.count; from += ROWS_PER_STATEMENT) {
    const to = Math.min(from + ROWS_PER_STATEMENT, copies.count) - 1;
    await dataSource.query(
      `INSERT INTO notifications (${columns.map((column) => `"${column}"`).join(', ')})
       SELECT ${values.join(', ')} FROM notifications m CROSS JOIN generate_series($4::int, $5::int) AS g WHERE m.id = $1`,
      [copies.modelId, copies.firstCreatedAt, copies.stepMs, from, to],
    );
    added += to - from + 1;
  }
  return added;
}

/** A status-history row for each of the service's notifications created in [from, to), as a sender would have written. */
export async function addStatusHistory(dataSource: DataSource, serviceId: string, from: Date, to: Date, limit: number): Promise<void> {
  await dataSource.query(
    `INSERT INTO notification_status_history (id, notification_id, service_id, status, created_at)
     SELECT gen_random_uuid()::text, id, service_id, status, created_at FROM notifications
     WHERE service_id = $1 AND created_at >= $2 AND created_at < $3 LIMIT $4`,
    [serviceId, from, to, limit],
  );
}

/** The columns of the notifications table as it is now, so a copy keeps up with migrations. */
export async function notificationColumns(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ column_name: string }> = await dataSource.query(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'notifications' ORDER BY ordinal_position`,
  );
  return rows.map((row) => row.column_name);
}
