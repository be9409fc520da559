import { Injectable } from '@nestjs/common';
import { channelPermission, isPaperOnly, type TemplateType } from '@herald/domain';
import { RecipientKeys, RecipientPreferenceRepository } from '@herald/persistence';

/**
 * R-API-7: whether a person's choices stop a v2 send (only for a key that opted in). A letter is
 * never stopped: paper is always honoured, and an address is not a key preferences are kept under.
 */
@Injectable()
export class PreferenceGate {
  constructor(
    private readonly keys: RecipientKeys,
    private readonly preferences: RecipientPreferenceRepository,
  ) {}

  async suppresses(serviceId: string, channel: TemplateType, recipient: string): Promise<boolean> {
    if (channel === 'letter') return false;
    const keys = this.keys.forRecipient(channel === 'email' ? { emailAddress: recipient } : { phoneNumber: recipient });
    const people = await this.preferences.load(keys, serviceId);
    return isPaperOnly(people) || !channelPermission(people, channel, true).allowed;
  }
}
