import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, IsNull, Not, Repository } from 'typeorm';
import { StoredNotification } from '@herald/domain';
import { NotificationEntity } from '../entities/notification.entity';
import { NO_CLAIM, NotificationRepository } from './notification.repository';
import { PostgresStatement, runPostgresStatement } from './postgres-statement';

/** claimForDelivery's UPDATE on PostgreSQL, the claimed row returned whole. */
const CLAIM_RETURNING: PostgresStatement = {
  name: 'herald-claim-for-delivery',
  text: `UPDATE notifications SET claimed_until = $1, claim_token = $2
          WHERE id = $3 AND service_id = $4 AND status = 'created' AND (claimed_until IS NULL OR claimed_until < $5)
          RETURNING *`,
};

/** Who takes a notification for delivery (the BullMQ token of the job attempt), and for how long at most. */
export interface DeliveryClaim {
  readonly token: string | null;
  readonly leaseMs: number;
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
   * On PostgreSQL the claimed row comes back from the UPDATE itself, one prepared statement: one
   * round trip per send instead of two, and no query built.
   */
  async claimForDelivery(serviceId: string, id: string, claim: DeliveryClaim, now = new Date()): Promise<StoredNotification | null> {
    const claimedUntil = new Date(now.getTime() + claim.leaseMs);
    if (this.dataSource.options.type === 'postgres') {
      const [row] = await runPostgresStatement(this.dataSource, CLAIM_RETURNING, [claimedUntil, claim.token, id, serviceId, now]);
      return row ? this.notifications.fromRawRow(row) : null;
    }
    const result = await this.rows
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ claimedUntil, claimToken: claim.token })
      .where('id = :id AND service_id = :serviceId AND status = :created', { id, serviceId, created: 'created' })
      .andWhere(new Brackets((w) => w.where('claimed_until IS NULL').orWhere('claimed_until < :now', { now })))
      .execute();
    if ((result.affected ?? 0) !== 1) return null;
    return this.notifications.findById(serviceId, id);
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
