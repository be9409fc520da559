import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import type { EmailChangeSummary } from '@herald/contracts';
import { validateEmailAddress } from '@herald/domain';
import { AccountTokenRepository, AuditRepository, UserProfileRepository } from '@herald/persistence';
import { badRequest, fieldErrors } from '../../errors/notify-error';
import { SystemEmails } from '../../system-emails/system-emails.service';
import { SignedInUser } from '../auth/signed-in-user';
import { linkEnded, liveAccountLink } from './account-link';

/** A confirmation link to a new address works this long, once. */
export const EMAIL_CHANGE_LINK_HOURS = 24;

const ENDED = 'This link has expired or has already been used. Sign in and change your email address again.';
const TAKEN = 'Another Herald account already uses this email address';

/**
 * A new email address takes effect only when the link sent to it is followed (proving the user
 * can read it); the old address is then told of the change.
 */
@Injectable()
export class EmailChangeService {
  constructor(
    private readonly profiles: UserProfileRepository,
    private readonly tokens: AccountTokenRepository,
    private readonly audit: AuditRepository,
    private readonly systemEmails: SystemEmails,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  async request(user: SignedInUser, rawEmailAddress: string, now = new Date()): Promise<void> {
    const emailAddress = rawEmailAddress.trim();
    if (emailAddress === '') throw fieldErrors([{ field: 'emailAddress', message: 'Enter your new email address' }]);
    const valid = validateEmailAddress(emailAddress);
    if (!valid.ok) throw fieldErrors([{ field: 'emailAddress', message: 'Enter an email address in the correct format, like name@example.gov.uk' }]);
    const current = await this.profiles.profileOf(user.id);
    if (current?.emailAddress === valid.normalised) throw fieldErrors([{ field: 'emailAddress', message: 'This is already your email address' }]);
    if (await this.profiles.emailAddressTaken(valid.normalised, user.id)) throw fieldErrors([{ field: 'emailAddress', message: TAKEN }]);
    const expiresAt = new Date(now.getTime() + EMAIL_CHANGE_LINK_HOURS * 60 * 60_000);
    const token = await this.tokens.issue({ userId: user.id, purpose: 'email-change', newEmailAddress: valid.normalised, expiresAt }, now);
    const confirmUrl = `${this.config.admin.baseUrl}/profile/email-address/confirm/${token}`;
    await this.systemEmails.send('email-change-confirmation', valid.normalised, { name: current?.name ?? user.name, confirm_url: confirmUrl }, user.id);
    await this.audit.record({ userId: user.id, serviceId: null, action: 'account.email-change-requested', subject: valid.normalised });
  }

  /** The address the link would confirm; 404 unknown, 410 used or expired. */
  async describe(token: string, now = new Date()): Promise<EmailChangeSummary> {
    const link = await liveAccountLink(this.tokens, token, 'email-change', ENDED, now);
    return { newEmailAddress: link.newEmailAddress ?? '' };
  }

  /** The token is the proof (it reached the new address): no session needed. */
  async confirm(token: string, now = new Date()): Promise<void> {
    const link = await liveAccountLink(this.tokens, token, 'email-change', ENDED, now);
    const previous = await this.profiles.profileOf(link.userId);
    const newEmailAddress = link.newEmailAddress!;
    if (!previous) throw linkEnded(ENDED);
    if (await this.profiles.emailAddressTaken(newEmailAddress, link.userId)) throw badRequest(TAKEN, 409);
    if (!(await this.tokens.use(link.id, now))) throw linkEnded(ENDED);
    if (!(await this.profiles.setEmailAddress(link.userId, newEmailAddress))) throw badRequest(TAKEN, 409);
    await this.audit.record({ userId: link.userId, serviceId: null, action: 'account.email-changed', subject: newEmailAddress });
    if (previous.emailAddress !== newEmailAddress)
      await this.systemEmails.send('email-changed-notice', previous.emailAddress, { new_email_address: newEmailAddress }, link.userId);
  }
}
