import { InvalidFieldsError, messageBody, NotFoundError, type MessageBody } from '@herald/domain';
import { AuditRepository, MessageRepository, ServiceRepository } from '@herald/persistence';
import type { MessageAcceptor } from '@herald/sending';
import type { Actor } from '../actor';
import { existingService } from '../services/service-lookup';
import { checkMessageRequest, type MessageSendRequest } from './message-request';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Omnichannel messages sent by a person rather than an API key (the CLI): the same acceptance as
 * `POST /herald/v1/messages` (MessageAcceptor: every sending rule, the route plan), as a `normal`
 * key would send, with the actor on the audit record since a message keeps no sender of its own.
 * The worker's routing tick makes the attempts. Made by hand (openAdministration), never by Nest:
 * its import of libs/sending is for the type only, so the CLI loads libs/sending (and with it the
 * queue's classes and BullMQ) only when a `message` command runs.
 */
export class MessageAdministration {
  constructor(
    private readonly acceptor: MessageAcceptor,
    private readonly messages: MessageRepository,
    private readonly services: ServiceRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** The message as `GET /herald/v1/messages/{id}` would show it just after the 201 (no attempts yet). */
  async send(actor: Actor, serviceId: string, request: MessageSendRequest, now: Date): Promise<MessageBody> {
    const service = await existingService(this.services, serviceId);
    const checked = checkMessageRequest(request);
    if (!checked.ok) throw new InvalidFieldsError(checked.problems);
    const result = await this.acceptor.accept(
      {
        ...checked.request,
        service,
        key: { keyType: 'normal', apiKeyId: null, createdById: actor.id },
        identifier: null,
        purpose: null,
        register: null,
        scheduledFor: null,
        delegateMayRead: true,
      },
      now,
    );
    if (!result.ok) throw new InvalidFieldsError(result.problems.map((p) => ({ field: 'message', message: p.message })));
    const { message } = result;
    // Ids and choices only: never the recipient or the personalisation.
    await this.audit.record({
      userId: actor.id,
      serviceId,
      action: 'message.sent',
      subject: message.id,
      details: { templateSetId: message.templateSetId, templateSetVersion: message.templateSetVersion, method: message.method, channels: message.channels },
    });
    return messageBody(message, []);
  }

  /** The message, its attempts with their Notify statuses, and its route plan (R-API-6). */
  async show(serviceId: string, messageId: string): Promise<MessageBody> {
    await existingService(this.services, serviceId);
    const message = UUID.test(messageId) ? await this.messages.findById(serviceId, messageId.toLowerCase()) : null;
    if (!message) throw new NotFoundError('Message', messageId);
    return messageBody(message, await this.messages.attempts(message.id));
  }
}
