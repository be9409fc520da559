import { Injectable } from '@nestjs/common';
import type { PlatformAuditQuery, PlatformAuditResponse } from '@herald/contracts';
import { AuditLog } from '@herald/administration';
import { PlatformDirectoryRepository } from '@herald/persistence';

const PAGE_SIZE = 50;
const UUID = /^[0-9a-f-]{36}$/i;

/** The audit log, newest first, a page at a time, filtered by service and by user. */
@Injectable()
export class PlatformAuditService {
  constructor(
    private readonly audit: AuditLog,
    private readonly directory: PlatformDirectoryRepository,
  ) {}

  async list(query: PlatformAuditQuery): Promise<PlatformAuditResponse> {
    const page = Number.isInteger(query.page) && query.page! > 0 ? query.page! : 1;
    const serviceId = query.serviceId && UUID.test(query.serviceId) ? query.serviceId.toLowerCase() : undefined;
    const userId = query.userId && UUID.test(query.userId) ? query.userId.toLowerCase() : undefined;
    // One more than a page says whether there is a next one.
    const rows = await this.audit.list({ serviceId, userId, limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE });
    const [services, users] = await Promise.all([this.directory.services(), this.directory.users()]);
    return {
      events: rows.slice(0, PAGE_SIZE).map((event) => {
        const service = services.find((s) => s.id === event.serviceId);
        const user = users.find((u) => u.id === event.userId);
        return {
          id: event.id,
          createdAt: event.createdAt.toISOString(),
          user: user ? { id: user.id, name: user.name, emailAddress: user.emailAddress } : null,
          service: service ? { id: service.id, name: service.name } : null,
          action: event.action,
          subject: event.subject,
          details: event.details,
        };
      }),
      page,
      pageSize: PAGE_SIZE,
      hasNextPage: rows.length > PAGE_SIZE,
      services,
      users,
    };
  }
}
