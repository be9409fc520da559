import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import type { User } from '@herald/domain';
import { AuditRepository, InvitationRepository, UserAccountRepository } from '@herald/persistence';

/** How long a printed set-up link works (a restart prints a new one while the admin is still pending). */
export const SET_UP_LINK_DAYS = 2;

/**
 * A new installation needs someone to sign in: with no platform admin, one is made (pending) at
 * `admin@<EMAIL_DOMAIN>`, and a set-up link is returned for the start-up to print. While that admin
 * has not chosen a password, each start prints a fresh link (the old one stops working).
 */
@Injectable()
export class FirstStartService {
  constructor(
    private readonly accounts: UserAccountRepository,
    private readonly invitations: InvitationRepository,
    private readonly audit: AuditRepository,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  /** The set-up link to print (and whose it is), or null when a platform admin has already set up their account. */
  async ensurePlatformAdmin(now = new Date()): Promise<{ emailAddress: string; url: string } | null> {
    let pending: User | undefined = (await this.accounts.pendingPlatformAdmins())[0];
    if (!pending) pending = (await this.accounts.hasPlatformAdmin()) ? await this.madeSinceFirstLook() : await this.createPendingAdmin();
    if (!pending) return null;
    const expiresAt = new Date(now.getTime() + SET_UP_LINK_DAYS * 86_400_000);
    const { token } = await this.invitations.issue(
      { kind: 'set-up', serviceId: null, emailAddress: pending.emailAddress, permissions: [], invitedBy: null, expiresAt },
      now,
    );
    return { emailAddress: pending.emailAddress, url: `${this.config.admin.baseUrl}/set-up/${token}` };
  }

  /** A replica starting beside this one may have made the pending admin between this start's two looks. */
  private async madeSinceFirstLook(): Promise<User | undefined> {
    const [pending] = await this.accounts.pendingPlatformAdmins();
    return pending;
  }

  private async createPendingAdmin(): Promise<User> {
    const admin = { id: randomUUID(), emailAddress: `admin@${this.config.emailDomain}`, name: 'Platform admin', platformAdmin: true, auditor: false };
    try {
      await this.accounts.createPending(admin);
    } catch (error) {
      // API replicas start together: another one made the admin a moment ago (the address is unique), so this start uses theirs.
      const [madeByAnother] = await this.accounts.pendingPlatformAdmins();
      if (madeByAnother) return madeByAnother;
      throw error;
    }
    await this.audit.record({ userId: null, serviceId: null, action: 'account.platform-admin-created', subject: admin.emailAddress });
    return admin;
  }
}

/** The sentence a start-up prints when the platform admin still has to set up their account. */
export function setUpLinkMessage(link: { emailAddress: string; url: string }): string {
  return `The platform admin ${link.emailAddress} has not set up their account yet. Open this link (once, within ${SET_UP_LINK_DAYS} days) to choose a password: ${link.url}`;
}
