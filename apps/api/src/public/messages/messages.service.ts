import { Injectable } from '@nestjs/common';
import { Clock, messageBody, type MessageBody } from '@herald/domain';
import { MessageRepository } from '@herald/persistence';
import { MessageAcceptor, MessageCanceller, type MessageProblem } from '@herald/sending';
import { NotifyError, noResultFound, validationErrors } from '../../errors/notify-error';
import { isUuid } from '../validation/request-schema';
import { sendingKeyOf, type Sender } from '../notifications/sender';
import { parseMessageRequest } from './message-request';

/** `/herald/v1/messages` (R-API-1, R-API-5, R-API-6): the request's shape here, every rule in libs/sending. */
@Injectable()
export class MessagesService {
  constructor(
    private readonly acceptor: MessageAcceptor,
    private readonly canceller: MessageCanceller,
    private readonly messages: MessageRepository,
    private readonly clock: Clock,
  ) {}

  async send(sender: Sender, body: unknown): Promise<MessageBody> {
    const parsed = parseMessageRequest(body);
    if (!parsed.ok) throw validationErrors(parsed.errors);
    const result = await this.acceptor.accept({ ...parsed.request, service: sender.service, key: sendingKeyOf(sender) }, this.clock.now());
    if (!result.ok) throw messageRefusal(result.problems);
    return messageBody(result.message, []);
  }

  async get(sender: Sender, id: string): Promise<MessageBody> {
    const message = isUuid(id) ? await this.messages.findById(sender.service.id, id) : null;
    if (!message) throw noResultFound();
    return messageBody(message, await this.messages.attempts(message.id));
  }

  /** R-API-5: cancels what has not reached a provider, and every channel still waiting. */
  async cancelPending(sender: Sender, id: string): Promise<{ cancelled_attempt_ids: string[] }> {
    const message = isUuid(id) ? await this.messages.findById(sender.service.id, id) : null;
    if (!message) throw noResultFound();
    return { cancelled_attempt_ids: await this.canceller.cancelPending(message, this.clock.now()) };
  }
}

function messageRefusal(problems: readonly MessageProblem[]): NotifyError {
  const status = problems.some((p) => p.status === 403) ? 403 : 400;
  return new NotifyError(
    status,
    problems.filter((p) => p.status === status).map((p) => ({ error: p.error, message: p.message })),
  );
}
