import { Injectable } from '@nestjs/common';
import { GlobalPreferences, InvalidFieldsError, PreferenceChange, ServicePreferences, validateEmailAddress, validatePhoneNumber } from '@herald/domain';
import { AuditRepository, RecipientKeys, RecipientPreferenceRepository, ServiceRepository, TeamMemberRepository, UserRepository } from '@herald/persistence';
import type { Actor } from '../actor';
import { ChangeRefusedError } from '../errors/change-refused.error';
import { existingService } from '../services/service-lookup';
import { AssistedChangeRequest, checkChange, isEmptyChange, lookupProblems, RecipientLookup } from './preference-request';

/** One history entry as a service's staff see it: who recorded it only when they are in this service's team. */
export interface PreferenceHistoryEntry extends Omit<PreferenceChange, 'actorId' | 'recipientKey' | 'id'> {
  readonly scope: 'global' | 'service';
  readonly recordedBy: string | null;
}

/** What applies to one person's messages from one service: never another service's layer. */
export interface RecipientPreferenceSummary {
  /** The address as the staff member typed it, masked (`j•••@example.gov.uk`, `•••••••0123`). */
  readonly recipient: string;
  readonly recipientKey: string;
  readonly global: GlobalPreferences | null;
  readonly service: ServicePreferences | null;
  readonly history: PreferenceHistoryEntry[];
}

/**
 * R-PR-1/R-PR-4: service staff look up a person by email address or phone number and record a
 * choice the person made on the phone or at a counter (`assisted`, with the staff member in the
 * audit log). The address is only ever turned into its recipient key; the audit keeps a masked form.
 */
@Injectable()
export class PreferenceAdministration {
  constructor(
    private readonly preferences: RecipientPreferenceRepository,
    private readonly keys: RecipientKeys,
    private readonly services: ServiceRepository,
    private readonly members: TeamMemberRepository,
    private readonly users: UserRepository,
    private readonly audit: AuditRepository,
  ) {}

  async show(serviceId: string, lookup: RecipientLookup): Promise<RecipientPreferenceSummary> {
    await existingService(this.services, serviceId);
    const key = this.keyOf(lookup);
    const [stored] = await this.preferences.load([key], serviceId);
    const history = await this.preferences.history(key, serviceId);
    const team = new Map((await this.members.listMembers(serviceId)).map((m) => [m.userId, m.name]));
    return {
      recipient: masked(lookup),
      recipientKey: key,
      global: stored?.global ?? null,
      service: stored?.service ?? null,
      history: history.map(({ id: _id, recipientKey: _key, actorId, ...entry }) => ({
        ...entry,
        scope: entry.serviceId === null ? 'global' : 'service',
        recordedBy: actorId ? (team.get(actorId) ?? null) : null,
      })),
    };
  }

  /** Records the change as the staff member (`actor`); the API's guard has checked their permission, the CLI checks it with staffMember. */
  async recordAssisted(actor: Actor, serviceId: string, lookup: RecipientLookup, request: AssistedChangeRequest): Promise<RecipientPreferenceSummary> {
    await existingService(this.services, serviceId);
    const { change, problems } = checkChange(request);
    const allProblems = [...lookupProblems(lookup), ...problems];
    if (allProblems.length || !change) throw new InvalidFieldsError(allProblems);
    if (isEmptyChange(change.update)) throw new ChangeRefusedError('Nothing to change: give channels, paper_only, language, format_needs or muted_kinds');
    const key = this.keyOf(lookup);
    const written = await this.preferences.change(key, change.scope === 'global' ? null : serviceId, change.update, change.source, actor.id);
    // A change to what was already recorded leaves no trace, in the history or here.
    if (written.length)
      await this.audit.record({
        userId: actor.id,
        serviceId,
        action: 'recipient-preference.changed',
        subject: key,
        details: { recordedBy: actor.name, recipient: masked(lookup), scope: change.scope, source: change.source, fields: written.map((c) => c.field) },
      });
    return this.show(serviceId, lookup);
  }

  /**
   * The team member a change is recorded for (the CLI's --by): they must hold "Send messages" in the
   * service, the permission of the staff who deal with the people the service writes to.
   */
  async staffMember(serviceId: string, emailAddress: string): Promise<Actor> {
    const user = await this.users.findByEmail(emailAddress.trim().toLowerCase());
    const permissions = user ? await this.members.permissionsOf(serviceId, user.id) : null;
    if (!user || !permissions?.includes('send_messages'))
      throw new ChangeRefusedError(`${emailAddress} is not in this service’s team with the Send messages permission`);
    return user;
  }

  private keyOf(lookup: RecipientLookup): string {
    const problems = lookupProblems(lookup);
    if (problems.length) throw new InvalidFieldsError(problems);
    const key = this.keys.forRecipient({ emailAddress: lookup.emailAddress?.trim(), phoneNumber: lookup.phoneNumber?.trim() })[0];
    if (!key) throw new InvalidFieldsError([{ field: 'email_address', message: 'Give the person’s email address or phone number' }]);
    return key;
  }
}

/** Enough for staff to recognise the person in the audit log, not enough to contact them. */
function masked(lookup: RecipientLookup): string {
  const email = lookup.emailAddress?.trim();
  if (email) {
    const valid = validateEmailAddress(email);
    const [local, domain] = (valid.ok ? valid.normalised : email).split('@');
    return `${local.slice(0, 1)}•••@${domain}`;
  }
  const phone = validatePhoneNumber(lookup.phoneNumber?.trim() ?? '');
  return phone.ok ? `•••••••${phone.normalised.slice(-4)}` : '•••';
}
