import { Module } from '@nestjs/common';
import { TemplatingModule } from '@herald/templating';
import { ActivityController } from './activity.controller';
import { ActivityRows } from './activity-rows';
import { ActivityService } from './activity.service';
import { NotificationContentService } from './notification-content.service';
import { NotificationDetailService } from './notification-detail.service';
import { NotificationSenderService } from './notification-sender.service';
import { SentEmailHtml } from './sent-email-html';
import { SystemMessages } from './system-messages';

/** A service's activity: its notifications searched, filtered and downloaded, and each one's details and history. */
@Module({
  imports: [TemplatingModule],
  controllers: [ActivityController],
  providers: [ActivityService, ActivityRows, NotificationDetailService, NotificationContentService, NotificationSenderService, SystemMessages, SentEmailHtml],
  exports: [SystemMessages],
})
export class ActivityModule {}
