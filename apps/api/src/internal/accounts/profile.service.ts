import { Injectable } from '@nestjs/common';
import type { UserProfileView } from '@herald/contracts';
import { validatePhoneNumber } from '@herald/domain';
import { AuditRepository, UserProfileRepository } from '@herald/persistence';
import { fieldErrors } from '../../errors/notify-error';
import { SignedInUser } from '../auth/signed-in-user';
import { unauthenticated } from '../auth/unauthenticated.error';

/** The signed-in user's own name and mobile number (their email address and second factor have services of their own). */
@Injectable()
export class ProfileService {
  constructor(
    private readonly profiles: UserProfileRepository,
    private readonly audit: AuditRepository,
  ) {}

  async profile(user: SignedInUser): Promise<UserProfileView> {
    const profile = await this.profiles.profileOf(user.id);
    if (!profile) throw unauthenticated();
    return { name: profile.name, emailAddress: profile.emailAddress, mobileNumber: profile.mobileNumber, secondFactor: profile.authType };
  }

  async changeName(user: SignedInUser, rawName: string): Promise<void> {
    const name = rawName.trim();
    if (name === '') throw fieldErrors([{ field: 'name', message: 'Enter your full name' }]);
    if (name.length > 255) throw fieldErrors([{ field: 'name', message: 'Your name must be 255 characters or fewer' }]);
    await this.profiles.setName(user.id, name);
    await this.audit.record({ userId: user.id, serviceId: null, action: 'account.name-changed' });
  }

  /** Validated as every phone number in Herald is; an empty number removes it. */
  async changeMobileNumber(user: SignedInUser, rawNumber: string): Promise<void> {
    const mobileNumber = rawNumber.trim();
    if (mobileNumber !== '') {
      const valid = validatePhoneNumber(mobileNumber);
      if (!valid.ok) throw fieldErrors([{ field: 'mobileNumber', message: valid.message }]);
    }
    await this.profiles.setMobileNumber(user.id, mobileNumber === '' ? null : mobileNumber);
    await this.audit.record({
      userId: user.id,
      serviceId: null,
      action: mobileNumber === '' ? 'account.mobile-number-removed' : 'account.mobile-number-changed',
    });
  }
}
