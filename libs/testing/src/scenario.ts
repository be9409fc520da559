import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { hashSync } from 'bcryptjs';
import {
  type KeyType,
  Service,
  type ServiceChanges,
  SmsSender,
  SmsSenderOptions,
  TEAM_PERMISSIONS,
  type TeamPermission,
  type TemplateFieldsInput,
  TemplateVersion,
} from '@herald/domain';
import {
  ApiKeyRepository,
  EmailReplyToRepository,
  TeamMemberRepository,
  GuestListRepository,
  ServiceRepository,
  SessionRepository,
  SmsSenderRepository,
  TemplateRepository,
  UserAccountRepository,
  UserRepository,
} from '@herald/persistence';
import { Secret } from 'otpauth';

/** A department's API key as the Notify clients take it: `{name}-{service id}-{secret}`. */
export interface TestApiKey {
  readonly id: string;
  readonly key: string;
  readonly serviceId: string;
  readonly secret: string;
}

/** A person who signs in to the admin UI. */
export interface TestUser {
  readonly id: string;
  readonly emailAddress: string;
  readonly name: string;
  readonly password: string;
  /** Their authenticator app's secret (base32): sign in with `nextTotpCode(user)`. */
  readonly totpSecret: string;
}

/**
 * Test data builders with defaults and overrides (`aService()`, `anEmailTemplate({ content })`),
 * written through the real repositories of a running Herald context.
 */
export class Scenario {
  constructor(private readonly app: INestApplicationContext) {}

  /** A service; `settings` are changed after it is made (its SMS prefix, its limits). */
  async aService(overrides: { name?: string; live?: boolean; permissions?: Service['permissions']; settings?: ServiceChanges } = {}): Promise<Service> {
    const services = this.app.get(ServiceRepository);
    const service = await services.create({
      name: overrides.name ?? `Test service ${randomUUID().slice(0, 8)}`,
      restricted: !(overrides.live ?? true),
      permissions: overrides.permissions,
    });
    if (overrides.settings === undefined) return service;
    await services.update(service.id, overrides.settings);
    return (await services.findById(service.id))!;
  }

  /**
   * A user who can sign in with a password: a member of `serviceId` with `permissions` (all of
   * them unless given), a platform admin, or an auditor (read-only oversight across services).
   */
  async aUser(
    options: { serviceId?: string; permissions?: TeamPermission[]; platformAdmin?: boolean; auditor?: boolean; name?: string; emailAddress?: string } = {},
  ): Promise<TestUser> {
    const password = `pw-${randomUUID()}`;
    const users = this.app.get(UserRepository);
    const user = await users.create({
      emailAddress: options.emailAddress ?? `user-${randomUUID().slice(0, 8)}@example.gov.uk`,
      name: options.name ?? 'Test User',
      platformAdmin: options.platformAdmin ?? false,
    });
    // A low bcrypt cost keeps tests quick; sign-in accepts any cost.
    await users.setPassword(user.id, hashSync(password, 4));
    if (options.auditor) await users.setAuditor(user.id, true);
    const totpSecret = new Secret({ size: 20 }).base32;
    await this.app.get(UserAccountRepository).setTotpSecret(user.id, totpSecret);
    if (options.serviceId) await this.app.get(TeamMemberRepository).add(options.serviceId, user.id, options.permissions ?? [...TEAM_PERMISSIONS]);
    return { id: user.id, emailAddress: user.emailAddress, name: user.name, password, totpSecret };
  }

  /** A session of `userId` as the admin holds one after sign-in: its token, for the internal API or the admin's cookie. */
  async aSession(userId: string): Promise<string> {
    return (await this.app.get(SessionRepository).open(userId)).token;
  }

  async anArchivedService(serviceId: string): Promise<void> {
    await this.app.get(ServiceRepository).archive(serviceId);
  }

  async aRevokedApiKey(serviceId: string, keyId: string): Promise<void> {
    await this.app.get(ApiKeyRepository).revoke(serviceId, keyId);
  }

  async anApiKey(serviceId: string, keyType: KeyType = 'normal', name = 'test key'): Promise<TestApiKey> {
    const secret = randomUUID();
    const { id } = await this.app.get(ApiKeyRepository).create(serviceId, { name, keyType, secret });
    return { id, key: `${name.replace(/\s+/g, '_')}-${serviceId}-${secret}`, serviceId, secret };
  }

  async anEmailTemplate(serviceId: string, overrides: { name?: string; subject?: string; content?: string } = {}): Promise<TemplateVersion> {
    return this.app.get(TemplateRepository).create(serviceId, {
      name: overrides.name ?? 'Appointment reminder',
      type: 'email',
      subject: overrides.subject ?? 'Your appointment, ((name))',
      content: overrides.content ?? 'Dear ((name)),\n\nYour appointment is on ((date)).',
    });
  }

  async aTemplateOfType(serviceId: string, type: 'sms' | 'letter', content = 'Hello ((name))'): Promise<TemplateVersion> {
    return this.app
      .get(TemplateRepository)
      .create(serviceId, { name: `${type} template`, type, subject: type === 'letter' ? 'Letter heading' : null, content });
  }

  async aLetterTemplate(serviceId: string, overrides: Partial<Omit<TemplateFieldsInput, 'type'>> = {}): Promise<TemplateVersion> {
    return this.app
      .get(TemplateRepository)
      .create(serviceId, { name: 'Letter template', subject: 'Letter heading', content: 'Dear ((name))', ...overrides, type: 'letter' });
  }

  async anArchivedTemplate(serviceId: string, templateId: string): Promise<void> {
    await this.app.get(TemplateRepository).update(serviceId, templateId, { archived: true });
  }

  async aTeamMember(serviceId: string, emailAddress = `member-${randomUUID().slice(0, 8)}@example.gov.uk`): Promise<string> {
    const user = await this.app.get(UserRepository).create({ emailAddress, name: 'Team Member', platformAdmin: false });
    await this.app.get(ServiceRepository).addTeamMember(serviceId, user.id);
    return user.emailAddress;
  }

  async anSmsTemplate(serviceId: string, overrides: { name?: string; content?: string } = {}): Promise<TemplateVersion> {
    return this.app.get(TemplateRepository).create(serviceId, {
      name: overrides.name ?? 'Text reminder',
      type: 'sms',
      subject: null,
      content: overrides.content ?? 'Hello ((name)), your appointment is on ((date)).',
    });
  }

  async anSmsSender(serviceId: string, sender = 'HERALDTEST', options: SmsSenderOptions = {}): Promise<SmsSender> {
    return this.app.get(SmsSenderRepository).add(serviceId, sender, options);
  }

  async anArchivedSmsSender(serviceId: string, senderId: string): Promise<void> {
    await this.app.get(SmsSenderRepository).archive(serviceId, senderId);
  }

  /** An email address or a phone number the service may send to while in trial mode or with a team key. */
  async aGuestListEntry(serviceId: string, recipient: string): Promise<void> {
    await this.app.get(GuestListRepository).add(serviceId, recipient);
  }

  async aTeamMemberWithMobile(serviceId: string, mobileNumber: string): Promise<string> {
    const emailAddress = `member-${randomUUID().slice(0, 8)}@example.gov.uk`;
    const user = await this.app.get(UserRepository).create({ emailAddress, name: 'Team Member', platformAdmin: false, mobileNumber });
    await this.app.get(ServiceRepository).addTeamMember(serviceId, user.id);
    return user.emailAddress;
  }

  async aReplyTo(serviceId: string, emailAddress = 'replies@example.gov.uk', isDefault = false): Promise<string> {
    return (await this.app.get(EmailReplyToRepository).add(serviceId, emailAddress, isDefault)).id;
  }
}
