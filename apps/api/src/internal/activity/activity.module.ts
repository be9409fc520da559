import { Module } from '@nestjs/common';
import { ActivityController } from './activity.controller';
import { ActivityService } from './activity.service';
import { NotificationDetailService } from './notification-detail.service';
import { NotificationSenderService } from './notification-sender.service';

/** A service's activity: its notifications searched and filtered, and each one's details and history. */
@Module({
  controllers: [ActivityController],
  providers: [ActivityService, NotificationDetailService, NotificationSenderService],
})
export class ActivityModule {}
