import { Injectable } from '@nestjs/common';
import type { ActivityPage } from '@herald/contracts';
import { NotificationActivityRepository } from '@herald/persistence';
import { normalisedRecipientsOf, ParsedActivityQuery, STATUS_GROUPS } from './activity-query';

const PAGE_SIZE = 50;

/** The activity page: a service's notifications found by recipient or reference, filtered, 50 a page. */
@Injectable()
export class ActivityService {
  constructor(private readonly activity: NotificationActivityRepository) {}

  async search(serviceId: string, query: ParsedActivityQuery): Promise<ActivityPage> {
    // One more than a page, to know whether there is a next one.
    const rows = await this.activity.search(serviceId, {
      search: query.search === null ? undefined : { normalisedRecipients: normalisedRecipientsOf(query.search), reference: query.search },
      channels: query.channels,
      statuses: query.statuses.flatMap((group) => STATUS_GROUPS[group]),
      offset: (query.page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE + 1,
    });
    return {
      notifications: rows.slice(0, PAGE_SIZE).map((n) => ({
        id: n.id,
        channel: n.channel,
        status: n.status,
        recipient: n.recipient,
        reference: n.clientReference,
        templateId: n.templateId,
        templateName: n.templateName,
        fromTestKey: n.keyType === 'test',
        jobId: n.jobId,
        createdAt: n.createdAt.toISOString(),
        updatedAt: n.updatedAt?.toISOString() ?? null,
      })),
      page: query.page,
      pageSize: PAGE_SIZE,
      hasPrevious: query.page > 1,
      hasNext: rows.length > PAGE_SIZE,
    };
  }
}
