import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { InvalidFieldsError, NotFoundError, User, validateEmailAddress, validatePhoneNumber } from '@herald/domain';
import { AuditRepository, InvitationRepository, UserAccountRepository, UserRepository } from '@herald/persistence';
import type { Actor } from '../actor';

/** A set-up link works this long (the same as the one printed on first start). */
export const SET_UP_LINK_DAYS = 2;

/** The operator the CLI acts as: made on first use, with no password, so it can never sign in. */
export const CLI_OPERATOR_NAME = 'Herald CLI';

export interface NewUserRequest {
  readonly emailAddress: string;
  readonly name: string;
  readonly platformAdmin?: boolean;
  readonly mobileNumber?: string;
}

export interface CreatedUser {
  readonly user: User;
  /** Where they choose a password and a second factor; it works once, within SET_UP_LINK_DAYS. */
  readonly setUpUrl: string;
}

/** People who use Herald, made by an operator, and the operator identity the CLI's changes are recorded as. */
@Injectable()
export class UserAdministration {
  constructor(
    private readonly users: UserRepository,
    private readonly accounts: UserAccountRepository,
    private readonly invitations: InvitationRepository,
    private readonly audit: AuditRepository,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  async find(userId: string): Promise<User> {
    const user = await this.users.findById(userId);
    if (!user) throw new NotFoundError('User', userId);
    return user;
  }

  /** The user with this email address, in any spelling. */
  async findByEmail(emailAddress: string): Promise<User> {
    const user = await this.users.findByEmail(emailAddress.trim());
    if (!user) throw new NotFoundError('User with email', emailAddress.trim());
    return user;
  }

  /**
   * Grants (`auditor` true) or removes the auditor role: read-only oversight across services, never
   * content or contact details. A change is audited; asking for what is already so changes nothing.
   */
  async setAuditor(actor: Actor, userId: string, auditor: boolean): Promise<{ user: User; changed: boolean }> {
    const user = await this.find(userId);
    if (user.auditor === auditor) return { user, changed: false };
    await this.users.setAuditor(user.id, auditor);
    await this.audit.record({
      userId: actor.id,
      serviceId: null,
      action: auditor ? 'user.auditor-granted' : 'user.auditor-removed',
      subject: user.emailAddress,
      details: { userId: user.id },
    });
    return { user: { ...user, auditor }, changed: true };
  }

  /** The CLI operator (CLI_OPERATOR_EMAIL), made the first time it is needed. */
  async operator(): Promise<User> {
    const email = this.config.cliOperatorEmail.toLowerCase();
    const existing = await this.users.findByEmail(email);
    if (existing) return existing;
    try {
      return await this.users.create({ emailAddress: email, name: CLI_OPERATOR_NAME, platformAdmin: false });
    } catch (error) {
      // Another command made it at the same moment (the email address is unique).
      const madeMeanwhile = await this.users.findByEmail(email);
      if (madeMeanwhile) return madeMeanwhile;
      throw error;
    }
  }

  /** The user waits (pending) until they follow the set-up link and choose a password and a second factor. */
  async create(actor: Actor, request: NewUserRequest): Promise<CreatedUser> {
    const address = validateEmailAddress(request.emailAddress);
    if (!address.ok) throw new InvalidFieldsError([{ field: 'email_address', message: address.message }]);
    const mobile = request.mobileNumber === undefined ? null : validatePhoneNumber(request.mobileNumber);
    if (mobile && !mobile.ok) throw new InvalidFieldsError([{ field: 'mobile_number', message: mobile.message }]);
    if (!request.name.trim()) throw new InvalidFieldsError([{ field: 'name', message: 'Enter a name' }]);
    if (await this.users.findByEmail(address.normalised))
      throw new InvalidFieldsError([{ field: 'email_address', message: `A user with email ${address.normalised} already exists` }]);
    const user = await this.users.create({
      emailAddress: address.normalised,
      name: request.name.trim(),
      platformAdmin: request.platformAdmin === true,
      mobileNumber: request.mobileNumber?.trim() ?? null,
    });
    await this.accounts.markPending(user.id);
    const expiresAt = new Date(Date.now() + SET_UP_LINK_DAYS * 86_400_000);
    const { token } = await this.invitations.issue({
      kind: 'set-up',
      serviceId: null,
      emailAddress: user.emailAddress,
      permissions: [],
      invitedBy: actor.id,
      expiresAt,
    });
    await this.audit.record({
      userId: actor.id,
      serviceId: null,
      action: 'user.created',
      subject: user.emailAddress,
      details: { userId: user.id, platformAdmin: user.platformAdmin },
    });
    return { user, setUpUrl: `${this.config.admin.baseUrl}/set-up/${token}` };
  }
}
