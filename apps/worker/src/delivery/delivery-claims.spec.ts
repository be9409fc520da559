import { Logger } from '@nestjs/common';
import type { HeraldConfig } from '@herald/config';
import type { StoredNotification } from '@herald/domain';
import type { DeliveryClaim, NotificationClaimRepository } from '@herald/persistence';
import { DeliveryAttempt, DeliveryClaims } from './delivery-claims';

const job = { serviceId: 'service-1', notificationId: 'notification-1' };
const config = { worker: { claimLeaseSeconds: 300 } } as HeraldConfig;

/** One notification's claim, kept as the repository keeps it: status, holder and lease. */
class FakeNotificationClaims {
  status = 'created';
  token: string | null = null;
  claimedUntil = 0;
  takeOvers = 0;

  async claimForDelivery(_serviceId: string, id: string, claim: DeliveryClaim): Promise<StoredNotification | null> {
    if (this.status !== 'created' || this.claimedUntil > Date.now()) return null;
    return this.hold(id, claim);
  }

  async claimManyForDelivery(requests: ReadonlyArray<{ serviceId: string; id: string; token: string | null }>, leaseMs: number) {
    const claimed: Array<StoredNotification | null> = [];
    for (const { serviceId, id, token } of requests) claimed.push(await this.claimForDelivery(serviceId, id, { token, leaseMs }));
    return claimed;
  }

  async claimTokenOf(): Promise<string | null> {
    return this.status === 'created' && this.claimedUntil > 0 ? this.token : null;
  }

  async takeOverClaim(_serviceId: string, id: string, from: string, claim: DeliveryClaim): Promise<StoredNotification | null> {
    if (this.status !== 'created' || this.token !== from) return null;
    this.takeOvers += 1;
    return this.hold(id, claim);
  }

  async releaseClaim(_serviceId: string, _id: string, token?: string | null): Promise<void> {
    if (this.status === 'created' && (!token || token === this.token)) [this.token, this.claimedUntil] = [null, 0];
  }

  private hold(id: string, claim: DeliveryClaim): StoredNotification {
    [this.token, this.claimedUntil] = [claim.token, Date.now() + claim.leaseMs];
    return { id, status: 'created' } as StoredNotification;
  }
}

/** A job attempt that does (or no longer does) hold the job's BullMQ lock. */
const anAttempt = (token: string, holdsLock = true): DeliveryAttempt & { lockChecks: number } => {
  const attempt = {
    token,
    firstTry: true,
    lockChecks: 0,
    holdsJobLock: async () => {
      attempt.lockChecks += 1;
      return holdsLock;
    },
  };
  return attempt;
};

describe('claiming a notification for a delivery attempt', () => {
  let notifications: FakeNotificationClaims;
  let claims: DeliveryClaims;

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(() => {
    notifications = new FakeNotificationClaims();
    claims = new DeliveryClaims(config, notifications as unknown as NotificationClaimRepository);
  });

  it('claims an unclaimed notification under the attempt’s token, for the configured lease at most', async () => {
    expect(await claims.claim(job, anAttempt('worker-a:1'))).toMatchObject({ id: 'notification-1' });
    expect(notifications.token).toBe('worker-a:1');
    expect(notifications.claimedUntil - Date.now()).toBeGreaterThan(299_000);
  });

  it('takes over the claim of an earlier attempt once this attempt holds the job’s lock (the earlier worker lost the job)', async () => {
    await claims.claim(job, anAttempt('dead-worker:4'));
    const successor = anAttempt('worker-b:9');
    expect(await claims.claim(job, successor)).toMatchObject({ id: 'notification-1' });
    expect(notifications.token).toBe('worker-b:9');
    expect(successor.lockChecks).toBe(1);
  });

  it('leaves a claim alone when this attempt does not hold the job’s lock (it lost the job itself)', async () => {
    await claims.claim(job, anAttempt('worker-a:1'));
    expect(await claims.claim(job, anAttempt('worker-b:9', false))).toBeNull();
    expect(notifications.token).toBe('worker-a:1');
  });

  it('takes nothing over from a notification that has been sent', async () => {
    await claims.claim(job, anAttempt('worker-a:1'));
    notifications.status = 'sending';
    const late = anAttempt('worker-b:9');
    expect(await claims.claim(job, late)).toBeNull();
    expect(late.lockChecks).toBe(0);
  });

  it('takes over a claim once only, when two attempts try', async () => {
    await claims.claim(job, anAttempt('dead-worker:4'));
    const taken = await Promise.all([claims.claim(job, anAttempt('worker-b:9')), claims.claim(job, anAttempt('worker-c:2'))]);
    expect(taken.filter((notification) => notification !== null)).toHaveLength(1);
    expect(notifications.takeOvers).toBe(1);
  });

  it('gives back only a claim the attempt still holds', async () => {
    const first = anAttempt('worker-a:1');
    await claims.claim(job, first);
    await claims.claim(job, anAttempt('worker-b:9'));
    await claims.release(job, first);
    expect(notifications.token).toBe('worker-b:9');
  });
});
