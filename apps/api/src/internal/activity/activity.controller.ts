import { Get, Param, Query, StreamableFile } from '@nestjs/common';
import { InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { parseActivityQuery } from './activity-query';
import { ActivityService } from './activity.service';
import { NotificationDetailService } from './notification-detail.service';

@InternalController('services/:serviceId/notifications')
@RequirePermission('view_dashboard')
export class ActivityController {
  constructor(
    private readonly activity: ActivityService,
    private readonly details: NotificationDetailService,
  ) {}

  @Get()
  search(@Param('serviceId') serviceId: string, @Query() query: Record<string, string | string[] | undefined>) {
    return this.activity.search(serviceId, parseActivityQuery(query));
  }

  /** Every notification the search finds, not only a page (no `page`). */
  @Get('csv')
  async download(@Param('serviceId') serviceId: string, @Query() query: Record<string, string | string[] | undefined>): Promise<StreamableFile> {
    const body = await this.activity.download(serviceId, parseActivityQuery({ ...query, page: undefined }));
    return new StreamableFile(body, { type: 'text/csv; charset=utf-8', disposition: 'attachment; filename="activity.csv"' });
  }

  @Get(':notificationId')
  show(@Param('serviceId') serviceId: string, @Param('notificationId') notificationId: string) {
    return this.details.show(serviceId, notificationId);
  }

  @Get(':notificationId/pdf')
  async letterPdf(@Param('serviceId') serviceId: string, @Param('notificationId') notificationId: string): Promise<StreamableFile> {
    return new StreamableFile(await this.details.letterPdf(serviceId, notificationId), { type: 'application/pdf' });
  }
}
