import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, MoreThanOrEqual, Repository } from 'typeorm';
import { AccountTokenEntity, AccountTokenPurpose } from '../entities/account-token.entity';

export interface NewAccountToken {
  readonly userId: string;
  readonly purpose: AccountTokenPurpose;
  readonly newEmailAddress?: string;
  readonly expiresAt: Date;
}

export interface AccountToken {
  readonly id: string;
  readonly userId: string;
  readonly purpose: AccountTokenPurpose;
  readonly newEmailAddress: string | null;
  readonly expiresAt: Date;
  readonly usedAt: Date | null;
}

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Single-use links about a user's own account (a password reset, an email change). Only the token's hash is stored. */
@Injectable()
export class AccountTokenRepository {
  private readonly tokens: Repository<AccountTokenEntity>;

  constructor(dataSource: DataSource) {
    this.tokens = dataSource.getRepository(AccountTokenEntity);
  }

  /** Returns the token, once. Earlier unused links of the same purpose stop working. */
  async issue(input: NewAccountToken, now = new Date()): Promise<string> {
    await this.tokens.update({ userId: input.userId, purpose: input.purpose, usedAt: IsNull(), expiresAt: MoreThan(now) }, { expiresAt: now });
    const token = randomBytes(32).toString('base64url');
    await this.tokens.insert({
      id: randomUUID(),
      userId: input.userId,
      purpose: input.purpose,
      tokenHash: hashOf(token),
      newEmailAddress: input.newEmailAddress?.toLowerCase() ?? null,
      createdAt: now,
      expiresAt: input.expiresAt,
      usedAt: null,
    });
    return token;
  }

  /** Whatever its state, so the caller can tell a used or expired link from an unknown one. */
  async findByToken(token: string, purpose: AccountTokenPurpose): Promise<AccountToken | null> {
    const e = await this.tokens.findOneBy({ tokenHash: hashOf(token), purpose });
    return e ? { id: e.id, userId: e.userId, purpose: e.purpose, newEmailAddress: e.newEmailAddress, expiresAt: e.expiresAt, usedAt: e.usedAt } : null;
  }

  /** True for the one caller that uses a live link; a second use, a race or an expired link gets false. */
  async use(tokenId: string, now = new Date()): Promise<boolean> {
    const result = await this.tokens.update({ id: tokenId, usedAt: IsNull(), expiresAt: MoreThan(now) }, { usedAt: now });
    return (result.affected ?? 0) === 1;
  }

  /** How many links of this purpose the user was sent since `since` (a limit on reset emails). */
  async countIssuedSince(userId: string, purpose: AccountTokenPurpose, since: Date): Promise<number> {
    return this.tokens.countBy({ userId, purpose, createdAt: MoreThanOrEqual(since) });
  }
}
