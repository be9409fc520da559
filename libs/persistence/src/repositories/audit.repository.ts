import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, FindOptionsWhere, Repository } from 'typeorm';
import { AuditEventEntity } from '../entities/audit-event.entity';

export interface NewAuditEvent {
  readonly userId: string | null;
  readonly serviceId: string | null;
  /** Dotted: `template.created`, `api-key.revoked`, `sign-in.failed` … */
  readonly action: string;
  /** What was acted on: a template's or key's id or name, a user's email address. */
  readonly subject?: string | null;
  /** Ids and names only: never secrets, never recipients' personal data. */
  readonly details?: Record<string, unknown>;
}

export interface AuditEvent {
  readonly id: string;
  readonly createdAt: Date;
  readonly userId: string | null;
  readonly serviceId: string | null;
  readonly action: string;
  readonly subject: string | null;
  readonly details: Record<string, unknown>;
}

export interface AuditQuery {
  readonly serviceId?: string;
  readonly userId?: string;
  readonly action?: string;
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
    const rows = await this.events.find({ where, order: { createdAt: 'DESC', id: 'DESC' }, take: query.limit, skip: query.offset ?? 0 });
    return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
  }
}
