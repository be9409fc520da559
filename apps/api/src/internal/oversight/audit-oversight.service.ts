import { Injectable } from '@nestjs/common';
import type { OversightAuditResponse } from '@herald/contracts';
import { AuditRepository, OversightRepository, PlatformDirectoryRepository } from '@herald/persistence';
import { withheld, withheldDetails } from './contact-redaction';
import { dayRange, idOf, pageOf, textOf } from './oversight-query';

const PAGE_SIZE = 50;

/**
 * The audit log across services for auditors, filtered by service, action, user and date;
 * `oversight.page_viewed` events included, so oversight is itself visible. Contact details and
 * recipient keys in a subject or details are withheld.
 */
@Injectable()
export class AuditOversightService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly oversight: OversightRepository,
    private readonly directory: PlatformDirectoryRepository,
  ) {}

  async list(query: Record<string, unknown>): Promise<OversightAuditResponse> {
    const page = pageOf(query.page);
    // One more than a page says whether there is a next one.
    const rows = await this.audit.list({
      serviceId: idOf(query.serviceId),
      userId: idOf(query.userId),
      action: textOf(query.action),
      ...dayRange(query),
      limit: PAGE_SIZE + 1,
      offset: (page - 1) * PAGE_SIZE,
    });
    const [services, users, actions] = await Promise.all([this.directory.services(), this.directory.users(), this.oversight.auditActions()]);
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
          subject: event.subject === null ? null : withheld(event.subject),
          details: withheldDetails(event.details),
        };
      }),
      page,
      pageSize: PAGE_SIZE,
      hasNextPage: rows.length > PAGE_SIZE,
      services: services.map((s) => ({ id: s.id, name: s.name })),
      users: users.map((u) => ({ id: u.id, name: u.name, emailAddress: u.emailAddress })),
      actions,
    };
  }
}
