import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { messageView } from './message-view';

/** One omnichannel message: its status, route plan and attempts. */
@Controller('services/:serviceId/messages')
export class MessagesController {
  @Get(':messageId')
  async show(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('messageId') messageId: string) {
    return reply.view('messages/message.njk', messageView(serviceId, await request.apiClient.messages.get(serviceId, messageId)));
  }
}
