import { Injectable } from '@nestjs/common';
import { checkLetterContactBlock, checkReplyToAddress, checkSmsSender, fieldErrors, noResultFound } from '@herald/domain';
import type { LetterContactView, ReplyToView, SmsSenderView } from '@herald/contracts';
import { AuditRepository, EmailReplyToRepository, LetterContactRepository, SmsSenderRepository } from '@herald/persistence';
import type { SignedInUser } from '../auth/signed-in-user';
import { textField, yesField } from './form-fields';

/** Reply-to addresses, text message senders and letter contact blocks: add, make default, remove. */
@Injectable()
export class SendersService {
  constructor(
    private readonly replyTos: EmailReplyToRepository,
    private readonly smsSenders: SmsSenderRepository,
    private readonly letterContacts: LetterContactRepository,
    private readonly audit: AuditRepository,
  ) {}

  async addReplyTo(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<ReplyToView> {
    const address = checkReplyToAddress(textField(body, 'email_address'));
    const added = await this.replyTos.add(serviceId, address, yesField(body, 'is_default'));
    await this.record(user, serviceId, 'reply-to.added', added.id, { isDefault: added.isDefault });
    return { id: added.id, email_address: added.emailAddress, is_default: added.isDefault };
  }

  async makeReplyToDefault(user: SignedInUser, serviceId: string, id: string): Promise<void> {
    if (!(await this.replyTos.setDefault(serviceId, id))) throw noResultFound();
    await this.record(user, serviceId, 'reply-to.default-changed', id);
  }

  async removeReplyTo(user: SignedInUser, serviceId: string, id: string): Promise<void> {
    if (!(await this.replyTos.archive(serviceId, id))) throw noResultFound();
    await this.record(user, serviceId, 'reply-to.removed', id);
  }

  /** The same rule as `herald sms-sender add`: up to 11 letters and digits, or a phone number. */
  async addSmsSender(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<SmsSenderView> {
    const sender = checkSmsSender(textField(body, 'sms_sender'));
    const added = await this.smsSenders.add(serviceId, sender, { isDefault: yesField(body, 'is_default') });
    await this.record(user, serviceId, 'sms-sender.added', added.id, { smsSender: added.smsSender, isDefault: added.isDefault });
    return { id: added.id, sms_sender: added.smsSender, is_default: added.isDefault, inbound_number: added.inboundNumber };
  }

  async makeSmsSenderDefault(user: SignedInUser, serviceId: string, id: string): Promise<void> {
    if (!(await this.smsSenders.setDefault(serviceId, id))) throw noResultFound();
    await this.record(user, serviceId, 'sms-sender.default-changed', id);
  }

  /** The default sender stays: texts need one. A sender that receives texts (inbound number) stays too. */
  async removeSmsSender(user: SignedInUser, serviceId: string, id: string): Promise<void> {
    const sender = await this.smsSenders.findActive(serviceId, id);
    if (!sender) throw noResultFound();
    if (sender.isDefault) throw fieldErrors([{ field: 'sms_sender', message: 'You cannot remove the default text message sender' }]);
    if (sender.inboundNumber) throw fieldErrors([{ field: 'sms_sender', message: 'You cannot remove a sender that receives text messages' }]);
    await this.smsSenders.archive(serviceId, id);
    await this.record(user, serviceId, 'sms-sender.removed', id, { smsSender: sender.smsSender });
  }

  async addLetterContact(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<LetterContactView> {
    const raw = typeof body.contact_block === 'string' ? body.contact_block : '';
    const checked = checkLetterContactBlock(raw);
    if (!checked.ok) throw fieldErrors([{ field: 'contact_block', message: checked.message }]);
    const added = await this.letterContacts.add(serviceId, checked.value, yesField(body, 'is_default'));
    await this.record(user, serviceId, 'letter-contact.added', added.id, { isDefault: added.isDefault });
    return { id: added.id, contact_block: added.contactBlock, is_default: added.isDefault };
  }

  async makeLetterContactDefault(user: SignedInUser, serviceId: string, id: string): Promise<void> {
    if (!(await this.letterContacts.setDefault(serviceId, id))) throw noResultFound();
    await this.record(user, serviceId, 'letter-contact.default-changed', id);
  }

  async removeLetterContact(user: SignedInUser, serviceId: string, id: string): Promise<void> {
    if (!(await this.letterContacts.archive(serviceId, id))) throw noResultFound();
    await this.record(user, serviceId, 'letter-contact.removed', id);
  }

  private record(user: SignedInUser, serviceId: string, action: string, subject: string, details: Record<string, unknown> = {}): Promise<void> {
    return this.audit.record({ userId: user.id, serviceId, action, subject, details });
  }
}
