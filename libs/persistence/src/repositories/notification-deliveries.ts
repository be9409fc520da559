import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DeliveryResult, isFinalStatus, isReportedStatus } from '@herald/domain';
import { addCallbackEvent } from './callback-outbox';
import { addStatusChanges } from './notification-status-history';
import { runPostgresStatement } from './postgres-statement';

/** One send's result, for NotificationRepository.recordDeliveries. */
export interface RecordedDelivery {
  readonly serviceId: string;
  readonly id: string;
  readonly result: DeliveryResult;
}

// The batch travels as one JSON parameter, so the SQL text is the same whatever the batch's size.
const BATCH = `json_to_recordset($1::json) AS v (id varchar, service_id varchar, status varchar, provider varchar,
  provider_reference varchar, sent_at timestamptz, history_id varchar)`;

/**
 * The still-`created` notifications moved to their providers' answers, the claim cleared, as
 * recordDelivery moves one. `COALESCE(n.status, '')` keeps the status index out of the plan: with
 * statistics from before a backlog (a bulk job, a burst), the planner would otherwise scan every
 * `created` row for each batch instead of looking up the batch's ids by primary key.
 */
const MOVE_FROM_CREATED = `UPDATE notifications AS n
    SET status = v.status, provider = v.provider, provider_reference = v.provider_reference,
        sent_at = v.sent_at, updated_at = v.sent_at, claimed_until = NULL, claim_token = NULL
   FROM ${BATCH}
  WHERE n.id = v.id AND n.service_id = v.service_id AND COALESCE(n.status, '') = 'created'
  RETURNING n.id`;

/** The move and its status history in one statement: atomic on its own, without a transaction's extra round trips. */
const MOVE_WITH_HISTORY = `WITH moved AS (${MOVE_FROM_CREATED}),
          history AS (
            INSERT INTO notification_status_history (id, notification_id, service_id, status, created_at)
            SELECT v.history_id, v.id, v.service_id, v.status, v.sent_at FROM ${BATCH} JOIN moved ON moved.id = v.id
          )
        SELECT id FROM moved`;

/**
 * Moves the still-`created` notifications among `deliveries` to what their providers said, each
 * as recordDelivery's first step moves it, whatever their number (PostgreSQL). A batch whose
 * statuses need nothing more (`sending`, the usual answer) is one statement: the UPDATE and the
 * status history together. Otherwise one transaction also writes the callback events of reported
 * statuses and what a final status adds (addStatusChanges). Answers the deliveries whose
 * notification was no longer `created` (a receipt came first): the caller records those one by one.
 */
export async function recordCreatedDeliveries(dataSource: DataSource, deliveries: readonly RecordedDelivery[]): Promise<RecordedDelivery[]> {
  const batch = JSON.stringify(
    deliveries.map(({ serviceId, id, result }) => ({
      id,
      service_id: serviceId,
      status: result.status,
      provider: result.provider,
      provider_reference: result.providerReference,
      sent_at: result.sentAt,
      history_id: randomUUID(),
    })),
  );
  const quiet = deliveries.every(({ result }) => !isReportedStatus(result.status) && !isFinalStatus(result.status));
  const moved = quiet ? await moveWithHistory(dataSource, batch) : await moveWithEvents(dataSource, batch, deliveries);
  return deliveries.filter((delivery) => !moved.has(delivery.id));
}

async function moveWithHistory(dataSource: DataSource, batch: string): Promise<Set<string>> {
  const rows = await runPostgresStatement(dataSource, MOVE_WITH_HISTORY, [batch]);
  return new Set(rows.map((row) => row.id as string));
}

async function moveWithEvents(dataSource: DataSource, batch: string, deliveries: readonly RecordedDelivery[]): Promise<Set<string>> {
  return dataSource.transaction(async (tx) => {
    const result = await tx.queryRunner!.query(MOVE_FROM_CREATED, [batch], true);
    const ids = new Set((result.records as Array<{ id: string }>).map((row) => row.id));
    const changed = deliveries.filter((delivery) => ids.has(delivery.id));
    await addStatusChanges(
      tx,
      changed.map(({ serviceId, id, result }) => ({ notificationId: id, serviceId, status: result.status, at: result.sentAt })),
    );
    for (const { serviceId, id, result } of changed) {
      if (isReportedStatus(result.status)) {
        await addCallbackEvent(tx, { serviceId, callbackType: 'delivery_status', notificationId: id, status: result.status });
      }
    }
    return ids;
  });
}
