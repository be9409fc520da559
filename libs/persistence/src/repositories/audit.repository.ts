import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Between, DataSource, FindOptionsWhere, In, Repository } from 'typeorm';
import type { AuditEvent, NewAuditEvent } from '@herald/domain';
import { AuditEventEntity } from '../entities/audit-event.entity';

export interface AuditQuery {
  readonly serviceId?: string;
  readonly userId?: string;
  readonly action?: string;
  /** Any of these actions (a kind of event, such as every API key change). */
  readonly actions?: readonly string[];
  /** Recorded between `from` and `to`, both included. */
  readonly from?: Date;
  readonly to?: Date;
  readonly limit: number;
  readonly offset?: number;
}

@Injectable()
export class AuditRepository {
  private readonly events: Repository<AuditEventEntity>;

  constructor(dataSource: DataSource) {
    this.events = dataSource.getRepository(AuditEventEntity);
  }

  async record(event: NewAuditEvent): Promise<void> {
    await this.events.insert({
      id: randomUUID(),
      createdAt: new Date(),
      userId: event.userId,
      serviceId: event.serviceId,
      action: event.action,
      subject: event.subject?.slice(0, 255) ?? null,
      details: JSON.stringify(event.details ?? {}),
    });
  }

  /** Newest first. */
  async list(query: AuditQuery): Promise<AuditEvent[]> {
    const where: FindOptionsWhere<AuditEventEntity> = {};
    if (query.serviceId) where.serviceId = query.serviceId;
    if (query.userId) where.userId = query.userId;
    if (query.action) where.action = query.action;
    else if (query.actions) where.action = In([...query.actions]);
    if (query.from || query.to) where.createdAt = Between(query.from ?? new Date(0), query.to ?? new Date(8.64e15));
    const rows = await this.events.find({ where, order: { createdAt: 'DESC', id: 'DESC' }, take: query.limit, skip: query.offset ?? 0 });
    return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
  }
}
