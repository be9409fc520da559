import { Injectable } from '@nestjs/common';
import { MessageBody, messageBody } from '@herald/domain';
import { MessageRepository } from '@herald/persistence';
import { noResultFound } from '../../errors/notify-error';
import { SystemMessages } from '../activity/system-messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One omnichannel message of the service, as the public API gives it (the admin's message page). */
@Injectable()
export class MessagesService {
  constructor(
    private readonly messages: MessageRepository,
    private readonly systemMessages: SystemMessages,
  ) {}

  async show(serviceId: string, messageId: string): Promise<MessageBody> {
    // Not a UUID cannot be a message: answer 404 rather than let PostgreSQL refuse the query.
    // Nor can the platform service's (what Herald sends itself): no one sees those.
    const message = UUID.test(messageId) && !(await this.systemMessages.hiddenFrom(serviceId)) ? await this.messages.findById(serviceId, messageId) : null;
    if (!message) throw noResultFound();
    return messageBody(message, await this.messages.attempts(message.id));
  }
}
