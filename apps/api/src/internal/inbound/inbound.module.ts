import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { ConversationsController } from './conversations.controller';
import { ConversationsService } from './conversations.service';

/** The admin's "Received text messages": conversations with the numbers that texted the service. */
@Module({
  imports: [ActivityModule],
  controllers: [ConversationsController],
  providers: [ConversationsService],
})
export class InboundModule {}
