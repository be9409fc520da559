import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { conversationView } from './conversation-view';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

/**
 * Received text messages: one row per number that texted the service, and each conversation as a
 * phone shows it. A conversation's URL holds the id of one of its texts, never the phone number.
 */
@RequiresPermission('view_dashboard')
@Controller('services/:serviceId/received-text-messages')
export class ReceivedTextsController {
  @Get()
  async list(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string) {
    return reply.view('inbound/index.njk', { received: await request.apiClient.inbound.conversations(serviceId) });
  }

  @Get(':conversationId')
  async conversation(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('conversationId') conversationId: string,
  ) {
    return reply.view('inbound/conversation.njk', conversationView(await request.apiClient.inbound.conversation(serviceId, conversationId)));
  }
}
