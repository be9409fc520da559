import { Injectable } from '@nestjs/common';
import { DataSource, Not, Repository } from 'typeorm';
import { UserEntity } from '../entities/user.entity';

/** What a user sees and changes about themselves on their profile. */
export interface UserProfile {
  readonly name: string;
  readonly emailAddress: string;
  readonly mobileNumber: string | null;
  readonly authType: 'email' | 'totp';
}

/** A user's own details: name, email address, mobile number and second factor by email. */
@Injectable()
export class UserProfileRepository {
  private readonly users: Repository<UserEntity>;

  constructor(dataSource: DataSource) {
    this.users = dataSource.getRepository(UserEntity);
  }

  async profileOf(userId: string): Promise<UserProfile | null> {
    const e = await this.users.findOneBy({ id: userId });
    return e ? { name: e.name, emailAddress: e.emailAddress, mobileNumber: e.mobileNumber, authType: e.authType } : null;
  }

  async setName(userId: string, name: string): Promise<void> {
    await this.users.update({ id: userId }, { name });
  }

  async setMobileNumber(userId: string, mobileNumber: string | null): Promise<void> {
    await this.users.update({ id: userId }, { mobileNumber });
  }

  /** Whether another user already has this address. */
  async emailAddressTaken(emailAddress: string, exceptUserId: string): Promise<boolean> {
    return (await this.users.countBy({ emailAddress: emailAddress.toLowerCase(), id: Not(exceptUserId) })) > 0;
  }

  /** False when another user took the address first (it is unique). */
  async setEmailAddress(userId: string, emailAddress: string): Promise<boolean> {
    try {
      await this.users.update({ id: userId }, { emailAddress: emailAddress.toLowerCase() });
      return true;
    } catch (error) {
      if (await this.emailAddressTaken(emailAddress, userId)) return false;
      throw error;
    }
  }

  /** Second factor by emailed code: the authenticator app's secret is forgotten. */
  async useEmailCodes(userId: string): Promise<void> {
    await this.users.update({ id: userId }, { authType: 'email', totpSecret: null, totpLastStep: null });
  }
}
