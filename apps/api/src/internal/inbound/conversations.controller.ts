import { Get, Param } from '@nestjs/common';
import type { ConversationView, ReceivedTextsView } from '@herald/contracts';
import { InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { ConversationsService } from './conversations.service';

/** Received text messages: every member may see them, as they see activity. */
@InternalController('services/:serviceId/received-text-messages')
@RequirePermission('view_dashboard')
export class ConversationsController {
  constructor(private readonly conversations: ConversationsService) {}

  @Get()
  list(@Param('serviceId') serviceId: string): Promise<ReceivedTextsView> {
    return this.conversations.list(serviceId);
  }

  @Get(':conversationId')
  show(@Param('serviceId') serviceId: string, @Param('conversationId') conversationId: string): Promise<ConversationView> {
    return this.conversations.show(serviceId, conversationId);
  }
}
