import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import { formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { emptyNewService, newServiceRequest, newServiceValues, newServiceView, placedErrors } from './new-service-form';

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
  async addForm(@Req() request: AdminRequest, @Res() reply: AdminReply) {
    return reply.view('services/add.njk', newServiceView(emptyNewService, await request.apiClient.services.options()));
  }

  /**
   * The new service starts in trial mode; its dashboard is the next page, or its team page (with
   * the invitation) when a platform admin named someone else to manage it.
   */
  @Post('add-service')
  async add(@Req() request: AdminRequest, @Res() reply: AdminReply, @Body() form: Record<string, unknown>) {
    const options = await request.apiClient.services.options();
    const values = newServiceValues(form);
    try {
      const created = await request.apiClient.services.create(newServiceRequest(values, options));
      const path = `/services/${encodeURIComponent(created.id)}`;
      return reply.redirect(created.invited ? `${path}/team?done=invited` : path, 303);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply.code(400).view('services/add.njk', newServiceView(values, options, placedErrors(errors, values, options)));
    }
  }
}
