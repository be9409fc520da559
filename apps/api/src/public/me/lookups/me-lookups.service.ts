import { Injectable } from '@nestjs/common';
import type { MeLookup, MeLookupsResponse } from '@herald/contracts';
import type { PurposeLogEntry } from '@herald/domain';
import { PurposeLogRepository, ServiceRepository } from '@herald/persistence';
import type { CitizenIdentity } from '../auth/citizen-identity';
import type { MePage } from '../me-page';
import { MessageSender, ServiceNames } from '../service-names';

/** R-TR-3: who looked the signed-in person up in a register, when, and why, in words written for them. */
@Injectable()
export class MeLookupsService {
  constructor(
    private readonly purposeLog: PurposeLogRepository,
    private readonly services: ServiceRepository,
  ) {}

  async page(citizen: CitizenIdentity, page: MePage): Promise<MeLookupsResponse> {
    const found = await this.purposeLog.forRecipient(citizen.keys, page.offset, page.limit);
    const names = new ServiceNames(this.services);
    const lookups = await Promise.all(found.entries.map(async (entry) => meLookup(entry, await names.of(entry.serviceId))));
    return { lookups, offset: page.offset, limit: page.limit, total: found.total };
  }
}

/** Names of fields only: a purpose-log row never holds what the register answered. */
function meLookup(entry: PurposeLogEntry, sender: MessageSender): MeLookup {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    organisation: sender.organisation,
    service: sender.service,
    register: entry.register,
    purpose: entry.purposeLabel,
    fields_requested: [...entry.fieldsRequested],
    outcome: entry.outcome,
    message_id: entry.messageId,
  };
}
