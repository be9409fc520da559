import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, QueryRunner } from 'typeorm';
import { notificationColumns } from './notification-backlog';

export interface NotificationWriterOptions {
  /** A stored notification each new one is copied from. */
  readonly modelId: string;
  /** Notifications whose status the writers move, one at a time. */
  readonly recentIds: readonly string[];
  readonly connections: number;
  /** How long a write may wait for a lock before PostgreSQL fails it. */
  readonly lockTimeout: string;
  /** A pause between rounds, so the writers load the database like senders rather than saturate it. */
  readonly pauseMs: number;
}

export interface NotificationWrites {
  /** Rounds that succeeded: a notification inserted and another's status moved. */
  readonly rounds: number;
  readonly insertedIds: readonly string[];
  /** What each failed write said (a lock timeout reads "canceling statement due to lock timeout"). */
  readonly errors: readonly string[];
}

/**
 * Senders writing to the notifications table while something else runs (a retention purge), each on
 * a connection of its own with a lock timeout, so that a lock held longer than that fails a write
 * instead of merely slowing it. Each round inserts a new notification (a copy of the model) and, in
 * one transaction, moves a recent notification to a new status with its status-history row.
 * PostgreSQL only.
 */
export class NotificationWriters {
  private running = true;
  private rounds = 0;
  private readonly insertedIds: string[] = [];
  private readonly errors: string[] = [];
  private loops: Array<Promise<void>> = [];

  private constructor(
    private readonly dataSource: DataSource,
    private readonly options: NotificationWriterOptions,
    private readonly insertSql: string,
  ) {}

  static async start(dataSource: DataSource, options: NotificationWriterOptions): Promise<NotificationWriters> {
    const columns = await notificationColumns(dataSource);
    const values = columns.map((column) => (column === 'id' ? '$1' : column === 'created_at' ? 'now()' : `m."${column}"`));
    const insertSql = `INSERT INTO notifications (${columns.map((column) => `"${column}"`).join(', ')}) SELECT ${values.join(', ')} FROM notifications m WHERE m.id = $2`;
    const writers = new NotificationWriters(dataSource, options, insertSql);
    const runners = await Promise.all(Array.from({ length: options.connections }, () => writers.connect()));
    writers.loops = runners.map((runner, index) => writers.write(runner, index));
    return writers;
  }

  async stop(): Promise<NotificationWrites> {
    this.running = false;
    await Promise.all(this.loops);
    return { rounds: this.rounds, insertedIds: [...this.insertedIds], errors: [...this.errors] };
  }

  private async connect(): Promise<QueryRunner> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.query(`SET lock_timeout = '${this.options.lockTimeout}'`);
    return runner;
  }

  private async write(runner: QueryRunner, writer: number): Promise<void> {
    const { modelId, recentIds, pauseMs } = this.options;
    try {
      for (let round = 0; this.running; round++) {
        const id = randomUUID();
        const recentId = recentIds[(writer + round * this.options.connections) % recentIds.length];
        try {
          await runner.query(this.insertSql, [id, modelId]);
          this.insertedIds.push(id);
          await runner.startTransaction();
          await runner.query('UPDATE notifications SET status = $1, updated_at = now() WHERE id = $2', [round % 2 ? 'sending' : 'delivered', recentId]);
          await runner.query(
            `INSERT INTO notification_status_history (id, notification_id, service_id, status, created_at)
             SELECT $1, id, service_id, status, now() FROM notifications WHERE id = $2`,
            [randomUUID(), recentId],
          );
          await runner.commitTransaction();
          this.rounds += 1;
        } catch (error) {
          this.errors.push(error instanceof Error ? error.message : String(error));
          if (runner.isTransactionActive) await runner.rollbackTransaction();
        }
        await sleep(pauseMs);
      }
    } finally {
      await runner.release();
    }
  }
}
