import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, Repository } from 'typeorm';
import { FieldCipher } from '../database/field-cipher';
import { SignInChallengeEntity } from '../entities/sign-in-challenge.entity';

export type SecondFactorMethod = 'email' | 'totp' | 'totp-setup';

export interface NewChallenge {
  readonly userId: string;
  readonly method: SecondFactorMethod;
  /** The emailed code; stored as a keyed hash. */
  readonly code?: string;
  /** The authenticator secret being set up (base32); stored encrypted. */
  readonly totpSecret?: string;
  readonly expiresAt: Date;
}

export interface OpenChallenge {
  readonly id: string;
  readonly userId: string;
  readonly method: SecondFactorMethod;
  readonly totpSecret: string | null;
  readonly expiresAt: Date;
}

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Second-factor challenges: opened after a correct password, used once to open a session. */
@Injectable()
export class SignInChallengeRepository {
  private readonly challenges: Repository<SignInChallengeEntity>;

  constructor(
    dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {
    this.challenges = dataSource.getRepository(SignInChallengeEntity);
  }

  /** Returns the challenge token, once; a user has one open challenge at a time. */
  async open(input: NewChallenge, now = new Date()): Promise<{ id: string; token: string }> {
    await this.challenges.delete({ userId: input.userId });
    const token = randomBytes(32).toString('base64url');
    const id = randomUUID();
    await this.challenges.insert({
      id,
      userId: input.userId,
      tokenHash: hashOf(token),
      method: input.method,
      codeHash: input.code === undefined ? null : this.cipher.hash(input.code),
      totpSecret: input.totpSecret === undefined ? null : this.cipher.encrypt(input.totpSecret),
      createdAt: now,
      expiresAt: input.expiresAt,
      usedAt: null,
    });
    return { id, token };
  }

  /** The challenge a token names, if it is unused and unexpired. */
  async findOpen(token: string, now = new Date()): Promise<OpenChallenge | null> {
    const e = await this.challenges.findOneBy({ tokenHash: hashOf(token), usedAt: IsNull(), expiresAt: MoreThan(now) });
    if (!e) return null;
    return { id: e.id, userId: e.userId, method: e.method, totpSecret: e.totpSecret ? this.cipher.decrypt(e.totpSecret) : null, expiresAt: e.expiresAt };
  }

  /** Uses the challenge if the emailed code matches: true for exactly one caller. */
  async useWithCode(challengeId: string, code: string, now = new Date()): Promise<boolean> {
    const result = await this.challenges.update(
      { id: challengeId, usedAt: IsNull(), expiresAt: MoreThan(now), codeHash: this.cipher.hash(code) },
      { usedAt: now },
    );
    return (result.affected ?? 0) === 1;
  }

  /** Uses the challenge (the caller has checked an authenticator code): true for exactly one caller. */
  async use(challengeId: string, now = new Date()): Promise<boolean> {
    const result = await this.challenges.update({ id: challengeId, usedAt: IsNull(), expiresAt: MoreThan(now) }, { usedAt: now });
    return (result.affected ?? 0) === 1;
  }

  async closeAllFor(userId: string): Promise<void> {
    await this.challenges.delete({ userId });
  }
}
