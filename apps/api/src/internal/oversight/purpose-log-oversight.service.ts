import { Injectable } from '@nestjs/common';
import type { OversightPurposeLogEntry, OversightPurposeLogEntryResponse, OversightPurposeLogResponse } from '@herald/contracts';
import type { PurposeLogEntry } from '@herald/domain';
import { NamedService, OversightRepository, PurposeLogRepository } from '@herald/persistence';
import { noResultFound } from '../../errors/notify-error';
import { OversightDirectory } from './oversight-directory.service';
import { dayRange, idOf, isId, pageOf, textOf } from './oversight-query';

const PAGE_SIZE = 50;

/** The purpose log across services, newest first, for auditors: who looked whom up, in which register, why. Never the recipient key. */
@Injectable()
export class PurposeLogOversightService {
  constructor(
    private readonly purposeLog: PurposeLogRepository,
    private readonly oversight: OversightRepository,
    private readonly directory: OversightDirectory,
  ) {}

  async list(query: Record<string, unknown>): Promise<OversightPurposeLogResponse> {
    const page = pageOf(query.page);
    const found = await this.purposeLog.search({
      serviceId: idOf(query.serviceId),
      register: textOf(query.register),
      purpose: textOf(query.purpose),
      ...dayRange(query),
      offset: (page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
    });
    const [services, vocabulary] = await Promise.all([this.directory.services(), this.oversight.purposeLogVocabulary()]);
    return {
      entries: found.entries.map((entry) => this.view(entry, services)),
      page,
      pageSize: PAGE_SIZE,
      total: found.total,
      services: services.map((s) => ({ id: s.id, name: s.name })),
      ...vocabulary,
    };
  }

  async entry(entryId: string): Promise<OversightPurposeLogEntryResponse> {
    const entry = isId(entryId) ? await this.purposeLog.findById(entryId.toLowerCase()) : null;
    if (!entry) throw noResultFound();
    const [services, managers] = await Promise.all([this.directory.services([entry.serviceId]), this.directory.managersOf(entry.serviceId)]);
    return { entry: this.view(entry, services), requestHash: entry.requestHash, managers };
  }

  private view(entry: PurposeLogEntry, services: readonly NamedService[]): OversightPurposeLogEntry {
    return {
      id: entry.id,
      at: entry.at.toISOString(),
      service: this.directory.refOf(entry.serviceId, services),
      register: entry.register,
      purpose: entry.purpose,
      purposeLabel: entry.purposeLabel,
      fieldsRequested: [...entry.fieldsRequested],
      fieldsReturned: [...entry.fieldsReturned],
      outcome: entry.outcome,
      messageId: entry.messageId,
    };
  }
}
