import { Module } from '@nestjs/common';
import { QueueModule } from '@herald/queue';
import { LimitsRedis } from '@herald/redis';
import { RecipientAllowances } from './context/recipient-allowances';
import { SendingContexts } from './context/sending-contexts.service';
import { DailyLimits } from './limits/daily-limits.service';
import { NotificationSender } from './notification-sender.service';
import { NotificationWriter } from './persist/notification-writer';

/** The one way a notification is made (NotificationSender, and for bulk rows SendingContexts + NotificationWriter). */
@Module({
  imports: [QueueModule],
  providers: [LimitsRedis, DailyLimits, RecipientAllowances, SendingContexts, NotificationWriter, NotificationSender],
  exports: [LimitsRedis, DailyLimits, SendingContexts, NotificationWriter, NotificationSender],
})
export class SendingModule {}
