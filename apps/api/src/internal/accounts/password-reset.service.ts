import { Injectable, Logger } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { validateEmailAddress } from '@herald/domain';
import { AccountTokenRepository, AuditRepository, SessionRepository, UserAccountRepository, UserRepository } from '@herald/persistence';
import { fieldErrors } from '../../errors/notify-error';
import { SystemEmails } from '../../system-emails/system-emails.service';
import { linkEnded, liveAccountLink } from './account-link';
import { hashPassword } from './password-hashing';
import { passwordProblem } from './password-policy';

/** A reset link works this long, once. */
export const RESET_LINK_HOURS = 1;
/** Reset emails one account is sent in an hour at most; more requests are answered the same way and send nothing. */
export const RESET_EMAILS_PER_HOUR = 3;

const ENDED = 'This link has expired or has already been used. Ask for a new link to reset your password.';

/**
 * A forgotten password: a single-use link by email (1 hour) to choose a new one, then signing in
 * with the second factor as usual. The request is answered the same way, and as fast, whether or
 * not the address has an account.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);
  /** Each user's pending reset emails, one after another, so the hourly limit holds even for requests made together. */
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly users: UserRepository,
    private readonly accounts: UserAccountRepository,
    private readonly tokens: AccountTokenRepository,
    private readonly sessions: SessionRepository,
    private readonly audit: AuditRepository,
    private readonly systemEmails: SystemEmails,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  /** Checks the address's format only; whether it has an account is never told. */
  async request(rawEmailAddress: string, now = new Date()): Promise<void> {
    const emailAddress = rawEmailAddress.trim();
    if (emailAddress === '') throw fieldErrors([{ field: 'emailAddress', message: 'Enter your email address' }]);
    const valid = validateEmailAddress(emailAddress);
    if (!valid.ok) throw fieldErrors([{ field: 'emailAddress', message: 'Enter an email address in the correct format, like name@example.gov.uk' }]);
    const credentials = await this.users.findCredentials(valid.normalised);
    if (!credentials || credentials.state !== 'active' || !credentials.passwordHash) return;
    this.inBackground(credentials.userId, () => this.sendLink(credentials.userId, valid.normalised, now));
  }

  /** Nothing while the link can be used; 404 unknown, 410 used or expired. */
  async check(token: string, now = new Date()): Promise<void> {
    await liveAccountLink(this.tokens, token, 'password-reset', ENDED, now);
  }

  /** The new password (within the policy) replaces the old; every session ends. The user then signs in as usual. */
  async reset(token: string, password: string, now = new Date()): Promise<void> {
    const link = await liveAccountLink(this.tokens, token, 'password-reset', ENDED, now);
    const weak = password === '' ? { field: 'password', message: 'Enter a new password' } : passwordProblem(password, 'password');
    if (weak) throw fieldErrors([weak]);
    const passwordHash = await hashPassword(password);
    if (!(await this.tokens.use(link.id, now))) throw linkEnded(ENDED);
    await this.accounts.setPasswordHash(link.userId, passwordHash);
    await this.sessions.closeAllFor(link.userId);
    await this.audit.record({ userId: link.userId, serviceId: null, action: 'account.password-reset' });
  }

  /**
   * Not awaited by the request: the answer takes as long for an address with an account as for one
   * without. Failures are logged by user id only.
   */
  private inBackground(userId: string, work: () => Promise<void>): void {
    const next = (this.pending.get(userId) ?? Promise.resolve())
      .then(work)
      .catch((error: unknown) => this.logger.error(`Could not send a password reset link to user ${userId}: ${(error as Error).message}`));
    this.pending.set(userId, next);
    void next.then(() => {
      if (this.pending.get(userId) === next) this.pending.delete(userId);
    });
  }

  private async sendLink(userId: string, emailAddress: string, now: Date): Promise<void> {
    const since = new Date(now.getTime() - 60 * 60_000);
    if ((await this.tokens.countIssuedSince(userId, 'password-reset', since)) >= RESET_EMAILS_PER_HOUR) {
      await this.audit.record({ userId, serviceId: null, action: 'account.password-reset-refused', details: { reason: 'too-many-requests' } });
      return;
    }
    const expiresAt = new Date(now.getTime() + RESET_LINK_HOURS * 60 * 60_000);
    const token = await this.tokens.issue({ userId, purpose: 'password-reset', expiresAt }, now);
    await this.systemEmails.send('password-reset', emailAddress, { reset_url: `${this.config.admin.baseUrl}/reset-password/${token}` }, userId);
    await this.audit.record({ userId, serviceId: null, action: 'account.password-reset-requested' });
  }
}
