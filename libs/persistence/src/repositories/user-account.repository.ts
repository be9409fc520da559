import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Repository } from 'typeorm';
import { User } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { UserEntity } from '../entities/user.entity';

export type SecondFactorType = 'email' | 'totp';

export interface AccountSetUp {
  readonly name: string;
  readonly passwordHash: string;
  readonly authType: SecondFactorType;
}

/**
 * A user's own account: being set up (pending until a password is chosen), the password and the
 * second factor. The authenticator secret is encrypted at rest.
 */
@Injectable()
export class UserAccountRepository {
  private readonly users: Repository<UserEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {
    this.users = dataSource.getRepository(UserEntity);
  }

  /** A user who has been invited or made by an operator but has not chosen a password yet. */
  async createPending(input: { id: string; emailAddress: string; name: string; platformAdmin: boolean }): Promise<void> {
    await this.users.insert({
      id: input.id,
      emailAddress: input.emailAddress.toLowerCase(),
      name: input.name,
      platformAdmin: input.platformAdmin,
      mobileNumber: null,
      createdAt: new Date(),
      state: 'pending',
      passwordHash: null,
      authType: 'email',
    });
  }

  /** A user made without a password (by the CLI) waits for set-up. */
  async markPending(userId: string): Promise<void> {
    await this.users.update({ id: userId, passwordHash: IsNull() }, { state: 'pending' });
  }

  async hasPlatformAdmin(): Promise<boolean> {
    return (await this.users.countBy({ platformAdmin: true })) > 0;
  }

  /** Platform admins still waiting to choose a password. */
  async pendingPlatformAdmins(): Promise<User[]> {
    const rows = await this.users.find({ where: { platformAdmin: true, state: 'pending' }, order: { createdAt: 'ASC' } });
    return rows.map((e) => ({ id: e.id, emailAddress: e.emailAddress, name: e.name, platformAdmin: e.platformAdmin, auditor: e.auditor }));
  }

  /** The chosen name, password and second factor; the account becomes active. */
  async completeSetUp(userId: string, setUp: AccountSetUp): Promise<void> {
    await this.users.update({ id: userId }, { ...setUp, state: 'active', totpSecret: null, totpLastStep: null });
  }

  async passwordHashOf(userId: string): Promise<string | null> {
    return (await this.users.findOneBy({ id: userId }))?.passwordHash ?? null;
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.users.update({ id: userId }, { passwordHash });
  }

  async totpSecretOf(userId: string): Promise<string | null> {
    const stored = (await this.users.findOneBy({ id: userId }))?.totpSecret ?? null;
    return stored ? this.cipher.decrypt(stored) : null;
  }

  async setTotpSecret(userId: string, secret: string): Promise<void> {
    await this.users.update({ id: userId }, { totpSecret: this.cipher.encrypt(secret), authType: 'totp', totpLastStep: null });
  }

  /**
   * Records that the code of this TOTP time step was accepted. False when it (or a later step)
   * was used already: an authenticator code works once, even within its window.
   */
  async useTotpStep(userId: string, step: number): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(UserEntity)
      .set({ totpLastStep: step })
      .where('id = :userId', { userId })
      .andWhere('(totp_last_step IS NULL OR totp_last_step < :step)', { step })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
