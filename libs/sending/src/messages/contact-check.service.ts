import { Injectable } from '@nestjs/common';
import { MESSAGE_CHANNELS, preferredLanguage, type MessageRecipient, type RecipientIdentifier, type Service } from '@herald/domain';
import { RecipientKeys, RecipientPreferenceRepository, TemplateSetRepository } from '@herald/persistence';
import { planRoute } from './route-planner';

/** R-PR-6: only which channels a sender may use and in which language, nothing else about the person. */
export interface ContactAnswer {
  readonly allowed_channels: string[];
  readonly language: string | null;
}

/** Answers a sender's "may I contact this person, and how" from the same plan a message would get. */
@Injectable()
export class ContactCheck {
  constructor(
    private readonly templateSets: TemplateSetRepository,
    private readonly keys: RecipientKeys,
    private readonly preferences: RecipientPreferenceRepository,
  ) {}

  /** Null when the service has no such published set. */
  /** A person named by identifier is judged by the choices stored under it: nothing is looked up in a register to answer. */
  async canContact(
    service: Service,
    templateSetId: string,
    recipient: MessageRecipient,
    identifier: RecipientIdentifier | null = null,
  ): Promise<ContactAnswer | null> {
    const version = await this.templateSets.findPublished(service.id, templateSetId);
    if (!version) return null;
    const keys = [...(identifier ? [this.keys.forIdentifier(identifier)] : []), ...this.keys.forRecipient(recipient)];
    const people = await this.preferences.load(keys, service.id);
    const channels = MESSAGE_CHANNELS.filter((c) => version.variants.some((v) => v.channel === c));
    const plan = planRoute({
      method: 'all',
      channels,
      kind: version.kind,
      variants: version.variants,
      // The sender learns nothing of the address: every channel is judged as if it could be reached.
      recipient: { ...recipient, address: recipient.address ?? {} },
      people,
      servicePermissions: service.permissions,
      language: preferredLanguage(people),
    });
    return { allowed_channels: plan.steps.filter((s) => s.decision === 'pending').map((s) => s.channel), language: preferredLanguage(people) };
  }
}
