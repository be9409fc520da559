import { Injectable, NotFoundException } from '@nestjs/common';
import { CitizenApiClient, MeMessage, MeMessagesResponse } from '@herald/contracts';
import { offsetOf, PAGE_SIZE } from '../pages/pagination';

/** How many messages one look for a single message asks the API for at a time. */
const SEARCH_PAGE = 100;

/** The person's messages as the pages need them: a page of the list, or one message. */
@Injectable()
export class MessagesService {
  page(api: CitizenApiClient, page: number): Promise<MeMessagesResponse> {
    return api.messages({ offset: offsetOf(page), limit: PAGE_SIZE });
  }

  /** The API lists a person's messages only (there is no call for one by id), so this reads the list until it finds it: a message that is not theirs is not found. */
  async one(api: CitizenApiClient, id: string): Promise<MeMessage> {
    for (let offset = 0; ; offset += SEARCH_PAGE) {
      const { messages, total } = await api.messages({ offset, limit: SEARCH_PAGE });
      const found = messages.find((message) => message.id === id);
      if (found) return found;
      if (messages.length === 0 || offset + SEARCH_PAGE >= total) throw new NotFoundException('No such message for this person');
    }
  }
}
