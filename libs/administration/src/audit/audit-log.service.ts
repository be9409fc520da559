import { Injectable } from '@nestjs/common';
import { AuditEvent } from '@herald/domain';
import { AuditQuery, AuditRepository } from '@herald/persistence';

/** The record every change above leaves, newest first: for operators' audit page, and for checking who did what. */
@Injectable()
export class AuditLog {
  constructor(private readonly audit: AuditRepository) {}

  list(query: AuditQuery): Promise<AuditEvent[]> {
    return this.audit.list(query);
  }
}
