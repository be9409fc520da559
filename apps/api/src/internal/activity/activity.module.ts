import { Module } from '@nestjs/common';
import { ActivityController } from './activity.controller';
import { ActivityRows } from './activity-rows';
import { ActivityService } from './activity.service';
import { NotificationContentService } from './notification-content.service';
import { NotificationDetailService } from './notification-detail.service';
import { NotificationSenderService } from './notification-sender.service';
import { SystemMessages } from './system-messages';

/** A service's activity: its notifications searched, filtered and downloaded, and each one's details and history. */
@Module({
  controllers: [ActivityController],
  providers: [ActivityService, ActivityRows, NotificationDetailService, NotificationContentService, NotificationSenderService, SystemMessages],
  exports: [SystemMessages],
})
export class ActivityModule {}
