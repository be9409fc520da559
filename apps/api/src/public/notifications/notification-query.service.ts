import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { NotificationListResponse, NotificationResponse } from '@herald/contracts';
import { expandStatusFilters, NOTIFICATION_STATUSES, StoredNotification, TemplateVersion } from '@herald/domain';
import { noResultFound, validationErrors } from '../../errors/notify-error';
import { NotificationRepository, TemplateRepository } from '@herald/persistence';
import { isUuid } from '../validation/request-schema';
import { ListNotificationsFilters, parseListQuery } from './list-notifications.query';
import { NotificationPresenter } from './notification-presenter';
import { AuthenticatedKey } from '../auth/api-key-authenticator';

const PAGE_SIZE = 250;
const RETENTION_DAYS = 7;
const NON_DEPRECATED_STATUSES = NOTIFICATION_STATUSES.filter((s) => s !== 'failed');

/** GET /v2/notifications/{id} and GET /v2/notifications (docs/api-contract.md §12.5 and §12.6). */
@Injectable()
export class NotificationQueryService {
  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly notifications: NotificationRepository,
    private readonly templates: TemplateRepository,
    private readonly presenter: NotificationPresenter,
  ) {}

  async getById(key: AuthenticatedKey, id: string): Promise<NotificationResponse> {
    if (!isUuid(id)) throw validationErrors(['notification_id is not a valid UUID']);
    const notification = await this.notifications.findById(key.service.id, id.toLowerCase(), retentionStart());
    if (!notification) throw noResultFound();
    const [presented] = await this.presentAll(key.service.id, [notification]);
    return presented;
  }

  async list(key: AuthenticatedKey, search: URLSearchParams): Promise<NotificationListResponse> {
    const filters = parseListQuery(search);
    const statuses = expandStatusFilters(filters.statuses);
    const coversEverything = NON_DEPRECATED_STATUSES.every((s) => statuses.includes(s));
    const rows = await this.notifications.list(key.service.id, {
      keyType: key.keyType,
      createdSince: retentionStart(),
      types: filters.templateTypes,
      statuses: coversEverything ? [] : statuses,
      clientReference: filters.reference,
      olderThanId: filters.olderThan?.toLowerCase(),
      includeJobs: filters.includeJobs,
      limit: PAGE_SIZE,
    });
    const notifications = await this.presentAll(key.service.id, rows);
    return { notifications, links: this.links(filters, notifications) };
  }

  private links(filters: ListNotificationsFilters, page: NotificationResponse[]): NotificationListResponse['links'] {
    const path = `${this.config.api.baseUrl}/v2/notifications`;
    const query = (pairs: Array<[string, string]>) => (pairs.length ? `?${new URLSearchParams(pairs).toString()}` : '');
    const links: NotificationListResponse['links'] = { current: path + query(filters.echoed) };
    const last = page[page.length - 1];
    if (last) links.next = path + query([...filters.echoed.filter(([k]) => k !== 'older_than'), ['older_than', last.id]]);
    return links;
  }

  /** Each template version is loaded once per page, not once per notification. */
  private async presentAll(serviceId: string, rows: StoredNotification[]): Promise<NotificationResponse[]> {
    const versions = new Map<string, Promise<TemplateVersion | null>>();
    return Promise.all(
      rows.map(async (row) => {
        const cacheKey = `${row.templateId}:${row.templateVersion}`;
        if (!versions.has(cacheKey)) versions.set(cacheKey, this.templates.findVersion(serviceId, row.templateId, row.templateVersion));
        const template = await versions.get(cacheKey)!;
        if (!template) throw new Error(`Template version ${cacheKey} of notification ${row.id} is missing`);
        return this.presenter.present(row, template);
      }),
    );
  }
}

/** Notifications older than the retention window are no longer returned (docs/api-contract.md §11). */
function retentionStart(now = new Date()): Date {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  start.setUTCDate(start.getUTCDate() - RETENTION_DAYS);
  return start;
}
