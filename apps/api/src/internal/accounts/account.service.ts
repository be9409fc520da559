import { Injectable } from '@nestjs/common';
import { compare } from 'bcryptjs';
import { FieldProblem } from '@herald/domain';
import { AuditRepository, SessionRepository, UserAccountRepository } from '@herald/persistence';
import { fieldErrors } from '../../errors/notify-error';
import { SignedInUser } from '../auth/signed-in-user';
import { hashPassword } from './password-hashing';
import { passwordProblem } from './password-policy';

/** The signed-in user's own account: their password and their sessions. */
@Injectable()
export class AccountService {
  constructor(
    private readonly accounts: UserAccountRepository,
    private readonly sessions: SessionRepository,
    private readonly audit: AuditRepository,
  ) {}

  async changePassword(user: SignedInUser, currentPassword: string, newPassword: string): Promise<void> {
    const problems: FieldProblem[] = [];
    if (currentPassword === '') problems.push({ field: 'currentPassword', message: 'Enter your current password' });
    const weak = newPassword === '' ? { field: 'newPassword', message: 'Enter a new password' } : passwordProblem(newPassword, 'newPassword');
    if (weak) problems.push(weak);
    if (problems.length > 0) throw fieldErrors(problems);
    const stored = await this.accounts.passwordHashOf(user.id);
    if (!stored || !(await compare(currentPassword, stored))) {
      await this.audit.record({ userId: user.id, serviceId: null, action: 'account.password-change-refused' });
      throw fieldErrors([{ field: 'currentPassword', message: 'Your current password is not right' }]);
    }
    await this.accounts.setPasswordHash(user.id, await hashPassword(newPassword));
    await this.audit.record({ userId: user.id, serviceId: null, action: 'account.password-changed' });
  }

  async signOutEverywhere(user: SignedInUser): Promise<void> {
    await this.sessions.closeAllFor(user.id);
    await this.audit.record({ userId: user.id, serviceId: null, action: 'sign-out.everywhere' });
  }
}
