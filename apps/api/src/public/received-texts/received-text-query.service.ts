import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { ReceivedTextMessage, ReceivedTextMessagesResponse } from '@herald/contracts';
import { InboundText, notifyTimestamp } from '@herald/domain';
import { InboundSmsRepository } from '@herald/persistence';
import { validationErrors } from '../../errors/notify-error';
import { isUuid } from '../validation/request-schema';

const PAGE_SIZE = 250;

/**
 * GET /v2/received-text-messages (docs/api-contract.md §12.11): every text the service received, newest first,
 * whatever the key type, in pages of 250 linked by `older_than`.
 */
@Injectable()
export class ReceivedTextQueryService {
  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly inbound: InboundSmsRepository,
  ) {}

  async list(serviceId: string, search: URLSearchParams): Promise<ReceivedTextMessagesResponse> {
    const olderThan = parseOlderThan(search);
    const texts = await this.inbound.listForService(serviceId, { olderThanId: olderThan?.toLowerCase(), limit: PAGE_SIZE });
    // `current` never echoes older_than; `next` continues after the last text of this page.
    const current = `${this.config.api.baseUrl}/v2/received-text-messages`;
    const last = texts[texts.length - 1];
    return {
      received_text_messages: texts.map(present),
      links: last ? { current, next: `${current}?older_than=${last.id}` } : { current },
    };
  }
}

function present(text: InboundText): ReceivedTextMessage {
  return {
    id: text.id,
    created_at: notifyTimestamp(text.createdAt),
    service_id: text.serviceId,
    notify_number: text.notifyNumber,
    user_number: text.userNumber,
    content: text.content,
  };
}

/** `older_than` is the only parameter; Notify reads the first value of each. */
function parseOlderThan(search: URLSearchParams): string | undefined {
  const errors: string[] = [];
  const olderThan = search.get('older_than') ?? undefined;
  if (olderThan !== undefined && !isUuid(olderThan)) errors.push('older_than is not a valid UUID');
  const extras = [...new Set([...search.keys()].filter((k) => k !== 'older_than'))];
  if (extras.length) errors.push(`Additional properties are not allowed (${extras.join(', ')} ${extras.length === 1 ? 'was' : 'were'} unexpected)`);
  if (errors.length) throw validationErrors(errors);
  return olderThan;
}
