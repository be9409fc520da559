import { Injectable } from '@nestjs/common';
import type { SignInChallenge } from '@herald/contracts';
import { OpenChallenge, SignInChallengeRepository, UserAccountRepository } from '@herald/persistence';
import { newEmailCode } from './email-code';
import { SystemEmails } from '../../system-emails/system-emails.service';
import { newTotpSecret, totpStepOf, totpUri } from './totp';

/** An emailed code, and the whole challenge, last this long. */
export const CHALLENGE_MINUTES = 15;

export interface ChallengedUser {
  readonly userId: string;
  readonly emailAddress: string;
  readonly authType: 'email' | 'totp';
}

/**
 * The second factor: a 6-digit code sent by email (stored as a keyed hash, single use), or an
 * authenticator app (set up on first sign-in by confirming its first code; each code works once).
 */
@Injectable()
export class SecondFactorService {
  constructor(
    private readonly challenges: SignInChallengeRepository,
    private readonly accounts: UserAccountRepository,
    private readonly systemEmails: SystemEmails,
  ) {}

  /** Opens a challenge for a user whose password (or invitation link) has been accepted; emails the code if by email. */
  async challenge(user: ChallengedUser, now = new Date()): Promise<SignInChallenge> {
    const expiresAt = new Date(now.getTime() + CHALLENGE_MINUTES * 60_000);
    if (user.authType === 'email') {
      const code = newEmailCode();
      const opened = await this.challenges.open({ userId: user.userId, method: 'email', code, expiresAt }, now);
      await this.systemEmails.send('sign-in-code', user.emailAddress, { code }, user.userId);
      return { challengeToken: opened.token, method: 'email', expiresAt: expiresAt.toISOString(), totpSetup: null };
    }
    if (await this.accounts.totpSecretOf(user.userId)) {
      const opened = await this.challenges.open({ userId: user.userId, method: 'totp', expiresAt }, now);
      return { challengeToken: opened.token, method: 'totp', expiresAt: expiresAt.toISOString(), totpSetup: null };
    }
    const secret = newTotpSecret();
    const opened = await this.challenges.open({ userId: user.userId, method: 'totp-setup', totpSecret: secret, expiresAt }, now);
    return {
      challengeToken: opened.token,
      method: 'totp-setup',
      expiresAt: expiresAt.toISOString(),
      totpSetup: { secret, uri: totpUri(secret, user.emailAddress) },
    };
  }

  /** The open challenge a token names, as the code page shows it again. */
  describe(token: string, challenge: OpenChallenge, emailAddress: string): SignInChallenge {
    const totpSetup =
      challenge.method === 'totp-setup' && challenge.totpSecret ? { secret: challenge.totpSecret, uri: totpUri(challenge.totpSecret, emailAddress) } : null;
    return { challengeToken: token, method: challenge.method, expiresAt: challenge.expiresAt.toISOString(), totpSetup };
  }

  /** Uses the challenge if the code is right; false otherwise (wrong, already used, or expired). */
  async verify(challenge: OpenChallenge, rawCode: string, now = new Date()): Promise<boolean> {
    const code = rawCode.replace(/[\s-]/g, '');
    if (!/^\d{6}$/.test(code)) return false;
    if (challenge.method === 'email') return this.challenges.useWithCode(challenge.id, code, now);
    const secret = challenge.method === 'totp-setup' ? challenge.totpSecret : await this.accounts.totpSecretOf(challenge.userId);
    const step = secret ? totpStepOf(secret, code, now) : null;
    if (step === null || !secret) return false;
    if (challenge.method === 'totp-setup') {
      if (!(await this.challenges.use(challenge.id, now))) return false;
      await this.accounts.setTotpSecret(challenge.userId, secret);
      return this.accounts.useTotpStep(challenge.userId, step);
    }
    return (await this.accounts.useTotpStep(challenge.userId, step)) && this.challenges.use(challenge.id, now);
  }
}
