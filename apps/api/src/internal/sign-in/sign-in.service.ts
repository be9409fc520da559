import { Injectable } from '@nestjs/common';
import { compare } from 'bcryptjs';
import type { SignInChallenge } from '@herald/contracts';
import { AuditRepository, OpenedSession, SessionRepository, SignInChallengeRepository, UserRepository } from '@herald/persistence';
import { authError, fieldErrors } from '../../errors/notify-error';
import { SecondFactorService } from '../accounts/second-factor.service';
import { unauthenticated } from '../auth/unauthenticated.error';

/** Failures in a row (passwords or codes) that lock an account, and for how long. */
export const LOCK_AFTER_FAILURES = 10;
export const LOCK_MINUTES = 15;

/** A bcrypt hash of nothing anyone knows: compared against when the email address is unknown, so timing tells nothing. */
const UNKNOWN_USER_HASH = '$2b$12$Jc8IaAbiSYfeMNe7sWMWFO5BLM2l8alZ/KgS2SFe3GdlyPQXEh0QG';

const WRONG_CREDENTIALS = 'The email address or password you entered is incorrect';
const WRONG_CODE = 'The code is not right, or it has expired. Check it and try again';

/**
 * Signing in takes two steps: a correct password opens a second-factor challenge, and its code
 * opens the session. Wrong passwords and wrong codes both count towards the lock-out.
 */
@Injectable()
export class SignInService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly audit: AuditRepository,
    private readonly challenges: SignInChallengeRepository,
    private readonly secondFactor: SecondFactorService,
  ) {}

  async signIn(emailAddress: string, password: string, now = new Date()): Promise<SignInChallenge> {
    const problems = [
      ...(emailAddress.trim() === '' ? [{ field: 'emailAddress', message: 'Enter your email address' }] : []),
      ...(password === '' ? [{ field: 'password', message: 'Enter your password' }] : []),
    ];
    if (problems.length > 0) throw fieldErrors(problems);
    const credentials = await this.users.findCredentials(emailAddress.trim());
    const matches = await compare(password, credentials?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!credentials || !credentials.passwordHash) throw fieldErrors([{ field: 'password', message: WRONG_CREDENTIALS }]);
    const userId = credentials.userId;
    await this.refuseIfLocked(userId, credentials.lockedUntil, now);
    if (!matches) {
      await this.countFailure(userId, 'password', now);
      throw fieldErrors([{ field: 'password', message: WRONG_CREDENTIALS }]);
    }
    return this.secondFactor.challenge({ userId, emailAddress: emailAddress.trim().toLowerCase(), authType: credentials.authType }, now);
  }

  /** The open challenge again, for the code page; 401 once it has been used or has expired. */
  async challenge(challengeToken: string, now = new Date()): Promise<SignInChallenge> {
    const challenge = await this.challenges.findOpen(challengeToken, now);
    const user = challenge ? await this.users.findById(challenge.userId) : null;
    if (!challenge || !user) throw unauthenticated();
    return this.secondFactor.describe(challengeToken, challenge, user.emailAddress);
  }

  /** A new emailed code (and challenge) in place of one that has not arrived; only for a challenge by email. */
  async resendCode(challengeToken: string, now = new Date()): Promise<SignInChallenge> {
    const challenge = await this.challenges.findOpen(challengeToken, now);
    const user = challenge ? await this.users.findById(challenge.userId) : null;
    if (!challenge || !user) throw unauthenticated();
    if (challenge.method !== 'email') return this.secondFactor.describe(challengeToken, challenge, user.emailAddress);
    await this.audit.record({ userId: user.id, serviceId: null, action: 'sign-in.code-resent' });
    return this.secondFactor.challenge({ userId: user.id, emailAddress: user.emailAddress, authType: 'email' }, now);
  }

  async signInWithCode(challengeToken: string, code: string, now = new Date()): Promise<OpenedSession> {
    const challenge = await this.challenges.findOpen(challengeToken, now);
    const user = challenge ? await this.users.findById(challenge.userId) : null;
    if (!challenge || !user) throw unauthenticated();
    const credentials = await this.users.findCredentials(user.emailAddress);
    await this.refuseIfLocked(user.id, credentials?.lockedUntil ?? null, now);
    if (code.trim() === '') throw fieldErrors([{ field: 'code', message: 'Enter the code' }]);
    if (!(await this.secondFactor.verify(challenge, code, now))) {
      await this.countFailure(user.id, 'code', now);
      throw fieldErrors([{ field: 'code', message: WRONG_CODE }]);
    }
    await this.users.recordSignIn(user.id, now);
    await this.audit.record({ userId: user.id, serviceId: null, action: 'sign-in.succeeded', details: { method: challenge.method } });
    return this.sessions.open(user.id, now);
  }

  async signOut(token: string, userId: string): Promise<void> {
    await this.sessions.close(token);
    await this.audit.record({ userId, serviceId: null, action: 'sign-out' });
  }

  private async refuseIfLocked(userId: string, lockedUntil: Date | null, now: Date): Promise<void> {
    if (!lockedUntil || lockedUntil <= now) return;
    await this.audit.record({ userId, serviceId: null, action: 'sign-in.refused-locked' });
    throw lockedOut(lockedUntil);
  }

  private async countFailure(userId: string, stage: 'password' | 'code', now: Date): Promise<void> {
    const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    const { locked } = await this.users.recordFailedSignIn(userId, LOCK_AFTER_FAILURES, lockUntil);
    await this.audit.record({ userId, serviceId: null, action: locked ? 'sign-in.locked' : 'sign-in.failed', details: { stage } });
    if (!locked) return;
    await this.challenges.closeAllFor(userId);
    throw lockedOut(lockUntil);
  }
}

function lockedOut(until: Date): Error {
  return authError(`Your account is locked after too many failed attempts. Try again after ${until.toISOString().slice(11, 16)} UTC.`, 423);
}
