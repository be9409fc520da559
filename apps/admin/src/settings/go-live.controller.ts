import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { settingsPath } from './manage-service';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

type Form = Record<string, string | undefined>;

/** A trial service asks to go live: expected volumes per channel and a confirmation. */
@RequiresPermission('manage_service')
@Controller('services/:serviceId/settings/go-live')
export class GoLiveController {
  @Get()
  async form(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string) {
    const settings = await request.apiClient.settings.get(serviceId);
    return reply.view('settings/go-live.njk', { settings, values: {} });
  }

  @Post()
  async request(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Body() form: Form) {
    const volumes = { email: form.volumes_email ?? '', sms: form.volumes_sms ?? '', letter: form.volumes_letter ?? '' };
    try {
      await request.apiClient.settings.requestToGoLive(serviceId, { volumes, confirmed: form.confirmed === 'yes' });
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      const settings = await request.apiClient.settings.get(serviceId);
      return reply.code(400).view('settings/go-live.njk', { settings, values: form, errors });
    }
    return reply.redirect(settingsPath(serviceId, '?saved=go-live'), 303);
  }
}
