import { Injectable } from '@nestjs/common';
import type { AuthenticatorSetUp } from '@herald/contracts';
import { AuditRepository, SignInChallengeRepository, UserProfileRepository } from '@herald/persistence';
import { fieldErrors } from '../../errors/notify-error';
import { SignedInUser } from '../auth/signed-in-user';
import { linkEnded } from './account-link';
import { CHALLENGE_MINUTES, SecondFactorService } from './second-factor.service';
import { newTotpSecret, totpUri } from './totp';

const SET_UP_ENDED = 'Setting up your authenticator app took too long. Start again.';
const WRONG_CODE = 'The code is not right, or it has expired. Check it and try again';

/**
 * Changing how the signed-in user gets their security code. Codes by email take effect at once;
 * an authenticator app only once its first code confirms it is set up (as on a first sign-in).
 */
@Injectable()
export class SecondFactorChangeService {
  constructor(
    private readonly challenges: SignInChallengeRepository,
    private readonly profiles: UserProfileRepository,
    private readonly secondFactor: SecondFactorService,
    private readonly audit: AuditRepository,
  ) {}

  async useEmailCodes(user: SignedInUser): Promise<void> {
    await this.profiles.useEmailCodes(user.id);
    await this.audit.record({ userId: user.id, serviceId: null, action: 'account.second-factor-changed', details: { authType: 'email' } });
  }

  /** A new secret, held in a set-up challenge of 15 minutes; the current second factor stays until it is confirmed. */
  async startAuthenticatorSetUp(user: SignedInUser, now = new Date()): Promise<AuthenticatorSetUp> {
    const secret = newTotpSecret();
    const expiresAt = new Date(now.getTime() + CHALLENGE_MINUTES * 60_000);
    const opened = await this.challenges.open({ userId: user.id, method: 'totp-setup', totpSecret: secret, expiresAt }, now);
    return { setUpToken: opened.token, expiresAt: expiresAt.toISOString(), secret, uri: totpUri(secret, user.emailAddress) };
  }

  /** The set-up again; 410 once it has been used or has expired, or when it is not this user's. */
  async describe(user: SignedInUser, setUpToken: string, now = new Date()): Promise<AuthenticatorSetUp> {
    const challenge = await this.openSetUp(user, setUpToken, now);
    const secret = challenge.totpSecret!;
    return { setUpToken, expiresAt: challenge.expiresAt.toISOString(), secret, uri: totpUri(secret, user.emailAddress) };
  }

  async confirmAuthenticator(user: SignedInUser, setUpToken: string, code: string, now = new Date()): Promise<void> {
    const challenge = await this.openSetUp(user, setUpToken, now);
    if (code.trim() === '') throw fieldErrors([{ field: 'code', message: 'Enter the code' }]);
    if (!(await this.secondFactor.verify(challenge, code, now))) throw fieldErrors([{ field: 'code', message: WRONG_CODE }]);
    await this.audit.record({ userId: user.id, serviceId: null, action: 'account.second-factor-changed', details: { authType: 'totp' } });
  }

  private async openSetUp(user: SignedInUser, setUpToken: string, now: Date) {
    const challenge = setUpToken === '' ? null : await this.challenges.findOpen(setUpToken, now);
    if (!challenge || challenge.userId !== user.id || challenge.method !== 'totp-setup' || !challenge.totpSecret) throw linkEnded(SET_UP_ENDED);
    return challenge;
  }
}
