import { Get, Param } from '@nestjs/common';
import { InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { MessagesService } from './messages.service';

/** A service's omnichannel messages, for the team's message page; another service's member gets 404 (the guard). */
@InternalController('services/:serviceId/messages')
@RequirePermission('view_dashboard')
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Get(':messageId')
  show(@Param('serviceId') serviceId: string, @Param('messageId') messageId: string) {
    return this.messages.show(serviceId, messageId);
  }
}
