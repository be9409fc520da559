import { Controller, Get, Req, Res } from '@nestjs/common';
import { AdminReply, AdminRequest } from '../session/admin-request';

/** The services the signed-in user belongs to. */
@Controller()
export class ServicesController {
  @Get()
  home(@Res() reply: AdminReply) {
    return reply.redirect('/services', 303);
  }

  @Get('services')
  async list(@Req() request: AdminRequest, @Res() reply: AdminReply) {
    const account = await request.apiClient.account.me();
    return reply.view('services/index.njk', { services: account.services });
  }
}
