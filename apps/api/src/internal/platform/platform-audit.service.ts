import { Injectable } from '@nestjs/common';
import type { PlatformAuditQuery, PlatformAuditResponse } from '@herald/contracts';
import { AuditLog } from '@herald/administration';
import { PlatformDirectoryRepository } from '@herald/persistence';

const PAGE_SIZE = 50;
const UUID = /^[0-9a-f-]{36}$/i;
const ACTION = /^[a-z][a-z_-]*(\.[a-z_-]+)?$/;
const MOST_ACTIONS = 100;

/** `api-key.created,api-key.revoked` as a list; a hand-edited list keeps only the names that could be actions. */
const actionsOf = (text: string | undefined): string[] | undefined => {
  const actions = (text ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter((a) => ACTION.test(a))
    .slice(0, MOST_ACTIONS);
  return actions.length ? actions : undefined;
};

/** The audit log, newest first, a page at a time, filtered by service, by user and by kind of event (a list of actions). */
@Injectable()
export class PlatformAuditService {
  constructor(
    private readonly audit: AuditLog,
    private readonly directory: PlatformDirectoryRepository,
  ) {}

  async list(query: Omit<PlatformAuditQuery, 'actions'> & { actions?: string }): Promise<PlatformAuditResponse> {
    const page = Number.isInteger(query.page) && query.page! > 0 ? query.page! : 1;
    const serviceId = query.serviceId && UUID.test(query.serviceId) ? query.serviceId.toLowerCase() : undefined;
    const userId = query.userId && UUID.test(query.userId) ? query.userId.toLowerCase() : undefined;
    // One more than a page says whether there is a next one.
    const rows = await this.audit.list({ serviceId, userId, actions: actionsOf(query.actions), limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE });
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
