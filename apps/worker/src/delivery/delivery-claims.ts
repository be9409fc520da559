import { Injectable, Logger } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { StoredNotification } from '@herald/domain';
import { ClaimRequest, NotificationClaimRepository } from '@herald/persistence';
import { DeliveryJob } from '@herald/queue';
import { GroupCommit } from './group-commit';

/** The BullMQ attempt a delivery runs in: its token, and whether it holds the job's lock. */
export interface DeliveryAttempt {
  readonly token: string | null;
  /** True on the job's first try; a retry is never spent probing a failed-over provider. */
  readonly firstTry: boolean;
  /** True while this attempt holds the job's lock (asking renews it). */
  holdsJobLock(): Promise<boolean>;
}

/**
 * Who may hand a notification to a provider. The claim names the BullMQ attempt that holds it.
 * BullMQ gives a job to another attempt only once the worker holding it stopped renewing its lock
 * (it died, or lost Redis for a whole lockDuration), so an attempt that holds the job's lock may
 * take over a claim held by an earlier attempt: that one is not sending any more. A live worker's
 * lock is renewed on a timer however slow its provider, so its claim is never taken over. A
 * claim whose attempt is never heard of again still lapses after CLAIM_LEASE_SECONDS.
 */
@Injectable()
export class DeliveryClaims {
  private readonly logger = new Logger(DeliveryClaims.name);

  /** The claims of jobs that start together, made in one write. */
  private readonly firstClaims: GroupCommit<ClaimRequest, StoredNotification | null>;

  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly notificationClaims: NotificationClaimRepository,
  ) {
    this.firstClaims = new GroupCommit((requests) => notificationClaims.claimManyForDelivery(requests, this.leaseMs));
  }

  /** The notification, claimed by this attempt; null when it is not `created` or a live attempt holds it. */
  async claim(job: DeliveryJob, attempt: DeliveryAttempt): Promise<StoredNotification | null> {
    const claim = { token: attempt.token, leaseMs: this.leaseMs };
    const claimed = await this.firstClaims.submit({ serviceId: job.serviceId, id: job.notificationId, token: attempt.token });
    if (claimed || !attempt.token) return claimed;
    const holder = await this.notificationClaims.claimTokenOf(job.serviceId, job.notificationId);
    if (!holder || holder === attempt.token || !(await attempt.holdsJobLock())) return null;
    const taken = await this.notificationClaims.takeOverClaim(job.serviceId, job.notificationId, holder, claim);
    if (taken) this.logger.warn(`Notification ${job.notificationId}: took over the claim of ${holder}, whose job came back to the queue`);
    return taken;
  }

  private get leaseMs(): number {
    return this.config.worker.claimLeaseSeconds * 1000;
  }

  /** Gives the notification back after a failed send, unless another attempt has taken it over since. */
  async release(job: DeliveryJob, attempt: DeliveryAttempt): Promise<void> {
    await this.notificationClaims.releaseClaim(job.serviceId, job.notificationId, attempt.token);
  }
}
