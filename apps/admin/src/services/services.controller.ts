import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import { formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';

/** The services the signed-in user belongs to, and adding a new one (any signed-in user may, as in Notify). */
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

  @Get('add-service')
  addForm(@Res() reply: AdminReply) {
    return reply.view('services/add.njk', { values: { name: '' } });
  }

  /** The new service starts in trial mode; its dashboard is the next page. */
  @Post('add-service')
  async add(@Req() request: AdminRequest, @Res() reply: AdminReply, @Body() form: Record<string, string | undefined>) {
    const values = { name: form.name ?? '' };
    try {
      const created = await request.apiClient.services.create(values);
      return reply.redirect(`/services/${encodeURIComponent(created.id)}`, 303);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply.code(400).view('services/add.njk', { values, errors });
    }
  }
}
