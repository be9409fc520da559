import { Injectable } from '@nestjs/common';
import { LetterContactAdministration, ReplyToAdministration, SmsSenderAdministration } from '@herald/administration';
import type { LetterContactView, ReplyToView, ServiceSettingsView, SmsSenderView } from '@herald/contracts';
import type { SignedInUser } from '../auth/signed-in-user';
import { textField, yesField } from './form-fields';

/** Reply-to addresses, text message senders and letter contact blocks: add, make default, remove (the same services as the CLI's). */
@Injectable()
export class SendersService {
  constructor(
    private readonly replyTos: ReplyToAdministration,
    private readonly smsSenders: SmsSenderAdministration,
    private readonly letterContacts: LetterContactAdministration,
  ) {}

  /** The three lists of the settings page. */
  async list(serviceId: string): Promise<Pick<ServiceSettingsView, 'reply_to_addresses' | 'sms_senders' | 'letter_contacts'>> {
    const [replyTos, smsSenders, letterContacts] = await Promise.all([
      this.replyTos.list(serviceId),
      this.smsSenders.list(serviceId),
      this.letterContacts.list(serviceId),
    ]);
    return {
      reply_to_addresses: replyTos.map((r) => ({ id: r.id, email_address: r.emailAddress, is_default: r.isDefault })),
      sms_senders: smsSenders.map((s) => ({ id: s.id, sms_sender: s.smsSender, is_default: s.isDefault, inbound_number: s.inboundNumber })),
      letter_contacts: letterContacts.map((c) => ({ id: c.id, contact_block: c.contactBlock, is_default: c.isDefault })),
    };
  }

  async addReplyTo(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<ReplyToView> {
    const added = await this.replyTos.add(user, serviceId, textField(body, 'email_address'), yesField(body, 'is_default'));
    return { id: added.id, email_address: added.emailAddress, is_default: added.isDefault };
  }

  makeReplyToDefault(user: SignedInUser, serviceId: string, id: string): Promise<void> {
    return this.replyTos.makeDefault(user, serviceId, id);
  }

  removeReplyTo(user: SignedInUser, serviceId: string, id: string): Promise<void> {
    return this.replyTos.remove(user, serviceId, id);
  }

  async addSmsSender(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<SmsSenderView> {
    const added = await this.smsSenders.add(user, serviceId, { sender: textField(body, 'sms_sender'), makeDefault: yesField(body, 'is_default') });
    return { id: added.id, sms_sender: added.smsSender, is_default: added.isDefault, inbound_number: added.inboundNumber };
  }

  makeSmsSenderDefault(user: SignedInUser, serviceId: string, id: string): Promise<void> {
    return this.smsSenders.makeDefault(user, serviceId, id);
  }

  /** The default sender stays: texts need one. A sender that receives texts (inbound number) stays too. */
  removeSmsSender(user: SignedInUser, serviceId: string, id: string): Promise<void> {
    return this.smsSenders.remove(user, serviceId, id);
  }

  async addLetterContact(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<LetterContactView> {
    const added = await this.letterContacts.add(
      user,
      serviceId,
      typeof body.contact_block === 'string' ? body.contact_block : '',
      yesField(body, 'is_default'),
    );
    return { id: added.id, contact_block: added.contactBlock, is_default: added.isDefault };
  }

  makeLetterContactDefault(user: SignedInUser, serviceId: string, id: string): Promise<void> {
    return this.letterContacts.makeDefault(user, serviceId, id);
  }

  removeLetterContact(user: SignedInUser, serviceId: string, id: string): Promise<void> {
    return this.letterContacts.remove(user, serviceId, id);
  }
}
