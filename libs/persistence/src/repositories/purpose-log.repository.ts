import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Between, DataSource, FindOptionsWhere, In, Repository } from 'typeorm';
import type { ContactField, PurposeLogEntry } from '@herald/domain';
import { PurposeLogEntity } from '../entities/purpose-log.entity';

export type NewPurposeLogEntry = Omit<PurposeLogEntry, 'id'>;

export interface PurposeLogPage {
  readonly entries: PurposeLogEntry[];
  readonly total: number;
}

/** Filters for oversight (an auditor across services) and for a service's own log. */
export interface PurposeLogQuery {
  readonly serviceId?: string;
  readonly register?: string;
  readonly purpose?: string;
  readonly messageId?: string;
  readonly from?: Date;
  readonly to?: Date;
  readonly offset?: number;
  readonly limit?: number;
}

/**
 * R-OO-3: one row per look-up in a register, whatever its outcome, with the names of the fields
 * asked for and returned, never their values. Read by the person it is about (R-TR-3, through
 * their recipient keys), by the service that asked, and by auditors.
 */
@Injectable()
export class PurposeLogRepository {
  private readonly rows: Repository<PurposeLogEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(PurposeLogEntity);
  }

  async insert(entry: NewPurposeLogEntry): Promise<PurposeLogEntry> {
    const row: PurposeLogEntity = {
      id: randomUUID(),
      at: entry.at,
      serviceId: entry.serviceId,
      registerName: entry.register,
      recipientKey: entry.recipientKey,
      purpose: entry.purpose,
      purposeLabel: entry.purposeLabel,
      messageId: entry.messageId,
      fieldsRequested: JSON.stringify(entry.fieldsRequested),
      fieldsReturned: JSON.stringify(entry.fieldsReturned),
      outcome: entry.outcome,
      requestHash: entry.requestHash,
    };
    await this.rows.insert(row);
    return toEntry(row);
  }

  /** A person's look-ups, newest first (R-TR-3): every key they are known by. */
  async forRecipient(keys: readonly string[], offset = 0, limit = 100): Promise<PurposeLogPage> {
    if (!keys.length) return { entries: [], total: 0 };
    return this.page({ recipientKey: In([...new Set(keys)]) }, offset, limit);
  }

  /** Newest first, filtered; across services when no serviceId is given (auditors only). */
  async search(query: PurposeLogQuery): Promise<PurposeLogPage> {
    const where: FindOptionsWhere<PurposeLogEntity> = {};
    if (query.serviceId) where.serviceId = query.serviceId;
    if (query.register) where.registerName = query.register;
    if (query.purpose) where.purpose = query.purpose;
    if (query.messageId) where.messageId = query.messageId;
    if (query.from || query.to) where.at = Between(query.from ?? new Date(0), query.to ?? new Date(8.64e15));
    return this.page(where, query.offset ?? 0, query.limit ?? 100);
  }

  async findById(id: string): Promise<PurposeLogEntry | null> {
    const row = await this.rows.findOne({ where: { id } });
    return row ? toEntry(row) : null;
  }

  private async page(where: FindOptionsWhere<PurposeLogEntity>, offset: number, limit: number): Promise<PurposeLogPage> {
    const [rows, total] = await this.rows.findAndCount({ where, order: { at: 'DESC', id: 'DESC' }, skip: offset, take: limit });
    return { entries: rows.map(toEntry), total };
  }
}

function toEntry(row: PurposeLogEntity): PurposeLogEntry {
  return {
    id: row.id,
    at: new Date(row.at),
    serviceId: row.serviceId,
    register: row.registerName,
    recipientKey: row.recipientKey,
    purpose: row.purpose,
    purposeLabel: row.purposeLabel,
    messageId: row.messageId,
    fieldsRequested: JSON.parse(row.fieldsRequested) as ContactField[],
    fieldsReturned: JSON.parse(row.fieldsReturned) as ContactField[],
    outcome: row.outcome,
    requestHash: row.requestHash,
  };
}
