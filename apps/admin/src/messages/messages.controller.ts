import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { messageView } from './message-view';
import { MessagePreviews } from '../previews/message-previews';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

/** One omnichannel message: its status, route plan and attempts. */
@RequiresPermission('view_dashboard')
@Controller('services/:serviceId/messages')
export class MessagesController {
  constructor(private readonly previews: MessagePreviews) {}

  @Get(':messageId')
  async show(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('messageId') messageId: string) {
    const message = await request.apiClient.messages.get(serviceId, messageId);
    const previews = await this.previews.ofAttempts(request.apiClient, serviceId, message);
    return reply.view('messages/message.njk', { ...messageView(serviceId, message), previews });
  }
}
