import { Injectable } from '@nestjs/common';
import type { MeMessage, MeMessagesResponse } from '@herald/contracts';
import type { TemplateSetVersion } from '@herald/domain';
import { RecipientMessageRepository, RecipientMessageRow, ServiceRepository, TemplateSetRepository } from '@herald/persistence';
import type { CitizenIdentity } from '../auth/citizen-identity';
import type { MePage } from '../me-page';
import { ServiceNames } from '../service-names';
import { meMessage } from './me-message.presenter';
import { MessageContentReader } from './message-content.reader';

/** R-TR-1: every message sent to the signed-in person, across services, newest first. */
@Injectable()
export class MeMessagesService {
  constructor(
    private readonly messages: RecipientMessageRepository,
    private readonly services: ServiceRepository,
    private readonly templateSets: TemplateSetRepository,
    private readonly content: MessageContentReader,
  ) {}

  async page(citizen: CitizenIdentity, page: MePage): Promise<MeMessagesResponse> {
    const found = await this.messages.forRecipient(citizen.keys, page.offset, page.limit);
    const names = new ServiceNames(this.services);
    const versions = new Map<string, Promise<TemplateSetVersion | null>>();
    const versionOf = (row: RecipientMessageRow) => {
      const key = `${row.templateSetId}/${row.templateSetVersion}`;
      if (!versions.has(key)) versions.set(key, this.templateSets.findVersion(row.serviceId, row.templateSetId, row.templateSetVersion));
      return versions.get(key)!;
    };
    const retentionOf = this.content.retentionReader();
    const messages = await Promise.all(
      found.messages.map(async (row): Promise<MeMessage> => {
        const [sender, version] = await Promise.all([names.of(row.serviceId), versionOf(row)]);
        return meMessage(row, sender, version, await this.content.read(row, version, retentionOf));
      }),
    );
    return { messages, offset: page.offset, limit: page.limit, total: found.total };
  }
}
