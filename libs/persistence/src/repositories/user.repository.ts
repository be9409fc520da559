import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import type { User } from '@herald/domain';
import { UserEntity } from '../entities/user.entity';

/** What signing in needs to know about a user. */
export interface UserCredentials {
  readonly userId: string;
  readonly passwordHash: string | null;
  readonly authType: 'email' | 'totp';
  readonly state: 'pending' | 'active';
  readonly failedSignInCount: number;
  readonly lockedUntil: Date | null;
}

@Injectable()
export class UserRepository {
  private readonly users: Repository<UserEntity>;

  constructor(dataSource: DataSource) {
    this.users = dataSource.getRepository(UserEntity);
  }

  async create(input: { emailAddress: string; name: string; platformAdmin: boolean; mobileNumber?: string | null }): Promise<User> {
    const entity = this.users.create({
      id: randomUUID(),
      emailAddress: input.emailAddress.toLowerCase(),
      name: input.name,
      platformAdmin: input.platformAdmin,
      mobileNumber: input.mobileNumber ?? null,
      createdAt: new Date(),
    });
    return toUser(await this.users.save(entity));
  }

  async findById(userId: string): Promise<User | null> {
    const entity = await this.users.findOneBy({ id: userId });
    return entity ? toUser(entity) : null;
  }

  async findCredentials(emailAddress: string): Promise<UserCredentials | null> {
    const e = await this.users.findOneBy({ emailAddress: emailAddress.toLowerCase() });
    return e
      ? { userId: e.id, passwordHash: e.passwordHash, authType: e.authType, state: e.state, failedSignInCount: e.failedSignInCount, lockedUntil: e.lockedUntil }
      : null;
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.users.update({ id: userId }, { passwordHash, state: 'active' });
  }

  /** Counts a failed password or code; the count-th failure in a row locks the account until `lockUntil`. */
  async recordFailedSignIn(userId: string, lockAfter: number, lockUntil: Date): Promise<{ locked: boolean }> {
    await this.users.increment({ id: userId }, 'failedSignInCount', 1);
    const user = await this.users.findOneByOrFail({ id: userId });
    if (user.failedSignInCount < lockAfter) return { locked: false };
    await this.users.update({ id: userId }, { lockedUntil: lockUntil, failedSignInCount: 0 });
    return { locked: true };
  }

  async recordSignIn(userId: string, at = new Date()): Promise<void> {
    await this.users.update({ id: userId }, { failedSignInCount: 0, lockedUntil: null, lastSignedInAt: at });
  }

  /** Grants or removes the auditor role; false when no user has the id. */
  async setAuditor(userId: string, auditor: boolean): Promise<boolean> {
    const result = await this.users.update({ id: userId }, { auditor });
    return (result.affected ?? 0) > 0;
  }

  /** Platform admins and auditors, by name: the operators' page of platform roles. */
  async withPlatformRoles(): Promise<User[]> {
    const rows = await this.users.find({ where: [{ platformAdmin: true }, { auditor: true }], order: { name: 'ASC', emailAddress: 'ASC' } });
    return rows.map(toUser);
  }

  async findByEmail(emailAddress: string): Promise<User | null> {
    const entity = await this.users.findOneBy({ emailAddress: emailAddress.toLowerCase() });
    return entity ? toUser(entity) : null;
  }
}

const toUser = (e: UserEntity): User => ({ id: e.id, emailAddress: e.emailAddress, name: e.name, platformAdmin: e.platformAdmin, auditor: e.auditor });
