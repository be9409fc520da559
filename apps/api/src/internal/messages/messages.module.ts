import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { MessagesController } from './messages.controller';
import { MessagesService } from './messages.service';

/** A service's omnichannel messages: status, route plan and attempts. */
@Module({
  imports: [ActivityModule],
  controllers: [MessagesController],
  providers: [MessagesService],
})
export class MessagesModule {}
