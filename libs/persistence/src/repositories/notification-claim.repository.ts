import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, IsNull, Not, Repository } from 'typeorm';
import { StoredNotification } from '@herald/domain';
import { NotificationEntity } from '../entities/notification.entity';
import { NO_CLAIM, NotificationRepository } from './notification.repository';
import { runPostgresStatement } from './postgres-statement';

/**
 * The claims of many attempts at once on PostgreSQL, each claimed row returned whole, found by
 * primary key: `COALESCE(n.status, '')` keeps the status index out of the plan (see
 * notification-deliveries.ts), which stale statistics during a backlog made the planner prefer.
 */
const CLAIM_MANY = `UPDATE notifications AS n SET claimed_until = $2, claim_token = v.token
           FROM json_to_recordset($1::json) AS v (id varchar, service_id varchar, token varchar)
          WHERE n.id = v.id AND n.service_id = v.service_id AND COALESCE(n.status, '') = 'created'
            AND (n.claimed_until IS NULL OR n.claimed_until < $3)
          RETURNING n.*`;

/** Who takes a notification for delivery (the BullMQ token of the job attempt), and for how long at most. */
export interface DeliveryClaim {
  readonly token: string | null;
  readonly leaseMs: number;
}

/** One attempt's claim, for claimManyForDelivery. */
export interface ClaimRequest {
  readonly serviceId: string;
  readonly id: string;
  readonly token: string | null;
}

/**
 * Delivery claims (claim_token, claimed_until): a `created` notification is sent only by the job
 * attempt that holds its claim. Recording the result or failing the notification clears the claim
 * (NotificationRepository).
 */
@Injectable()
export class NotificationClaimRepository {
  private readonly rows: Repository<NotificationEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationRepository,
  ) {
    this.rows = dataSource.getRepository(NotificationEntity);
  }

  /**
   * Takes the notification for delivery if it is still `created` and nobody else holds it. The
   * lease bounds a claim whose holder is never heard of again; `takeOverClaim` is the fast way.
   * On PostgreSQL the claimed row comes back from the UPDATE itself: one round trip, no query built.
   */
  async claimForDelivery(serviceId: string, id: string, claim: DeliveryClaim, now = new Date()): Promise<StoredNotification | null> {
    if (this.dataSource.options.type === 'postgres') return (await this.claimManyOnPostgres([{ serviceId, id, token: claim.token }], claim.leaseMs, now))[0];
    const result = await this.rows
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ claimedUntil: new Date(now.getTime() + claim.leaseMs), claimToken: claim.token })
      .where('id = :id AND service_id = :serviceId AND status = :created', { id, serviceId, created: 'created' })
      .andWhere(new Brackets((w) => w.where('claimed_until IS NULL').orWhere('claimed_until < :now', { now })))
      .execute();
    if ((result.affected ?? 0) !== 1) return null;
    return this.notifications.findById(serviceId, id);
  }

  /**
   * claimForDelivery for the attempts that start together (the worker batches them): on
   * PostgreSQL one statement whatever their number. Answers, in order, what claimForDelivery would
   * answer each: its notification, or null.
   */
  async claimManyForDelivery(requests: readonly ClaimRequest[], leaseMs: number, now = new Date()): Promise<Array<StoredNotification | null>> {
    if (this.dataSource.options.type === 'postgres') return this.claimManyOnPostgres(requests, leaseMs, now);
    const claimed: Array<StoredNotification | null> = [];
    for (const { serviceId, id, token } of requests) claimed.push(await this.claimForDelivery(serviceId, id, { token, leaseMs }, now));
    return claimed;
  }

  private async claimManyOnPostgres(requests: readonly ClaimRequest[], leaseMs: number, now: Date): Promise<Array<StoredNotification | null>> {
    const batch = JSON.stringify(requests.map(({ serviceId, id, token }) => ({ id, service_id: serviceId, token })));
    const rows = await runPostgresStatement(this.dataSource, CLAIM_MANY, [batch, new Date(now.getTime() + leaseMs), now]);
    const claimedBy = new Map(rows.map((row) => [`${String(row.id)} ${String(row.claim_token)}`, row]));
    return requests.map(({ id, token }) => {
      const key = `${id} ${String(token)}`;
      const row = claimedBy.get(key);
      // A row answers one request only, even if the same attempt asked twice in one batch.
      claimedBy.delete(key);
      return row ? this.notifications.fromRawRow(row) : null;
    });
  }

  /** The token under which a `created` notification is claimed; null when it is not, or by no token. */
  async claimTokenOf(serviceId: string, id: string): Promise<string | null> {
    const row = await this.rows.findOne({ select: { id: true, claimToken: true }, where: { id, serviceId, status: 'created', claimedUntil: Not(IsNull()) } });
    return row?.claimToken ?? null;
  }

  /**
   * Moves a claim from the job attempt `from` to `claim.token`, if `from` still holds it and the
   * notification is still `created`. Only the caller can tell that `from` lost its job (see the
   * worker's DeliveryClaims); the condition makes sure one taker at most wins.
   */
  async takeOverClaim(serviceId: string, id: string, from: string, claim: DeliveryClaim, now = new Date()): Promise<StoredNotification | null> {
    const result = await this.rows.update(
      { id, serviceId, status: 'created', claimToken: from },
      { claimedUntil: new Date(now.getTime() + claim.leaseMs), claimToken: claim.token },
    );
    if ((result.affected ?? 0) !== 1) return null;
    return this.notifications.findById(serviceId, id);
  }

  /** Gives the notification back; with `token`, only if that attempt still holds it (not once another took it over). */
  async releaseClaim(serviceId: string, id: string, token?: string | null): Promise<void> {
    await this.rows.update({ id, serviceId, status: 'created', ...(token ? { claimToken: token } : {}) }, NO_CLAIM);
  }
}
