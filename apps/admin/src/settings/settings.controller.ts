import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { settingsPath } from './manage-service';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

type Form = Record<string, string | undefined>;

/** The settings summary, the service name, its organisation and data retention. */
@RequiresPermission('manage_service')
@Controller('services/:serviceId/settings')
export class SettingsController {
  @Get()
  @RequiresPermission('view_dashboard')
  async summary(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Query('saved') saved?: string) {
    const [settings, { grants: registerGrants }] = await Promise.all([
      request.apiClient.settings.get(serviceId),
      request.apiClient.registers.grantsOf(serviceId),
    ]);
    return reply.view('settings/index.njk', { settings, registerGrants, saved: SAVED_MESSAGES[saved ?? ''] ?? null });
  }

  @Get('name')
  async nameForm(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string) {
    const settings = await request.apiClient.settings.get(serviceId);
    return reply.view('settings/name.njk', { values: { name: settings.service.name } });
  }

  @Post('name')
  async rename(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Body() form: Form) {
    try {
      await request.apiClient.settings.rename(serviceId, form.name ?? '');
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply.code(400).view('settings/name.njk', { values: form, errors });
    }
    return reply.redirect(settingsPath(serviceId, '?saved=name'), 303);
  }

  @Get('organisation')
  async organisationForm(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string) {
    const settings = await request.apiClient.settings.get(serviceId);
    return reply.view('settings/organisation.njk', { values: { organisation: settings.service.organisation ?? '' } });
  }

  @Post('organisation')
  async setOrganisation(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Body() form: Form) {
    try {
      await request.apiClient.settings.setOrganisation(serviceId, form.organisation ?? '');
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply.code(400).view('settings/organisation.njk', { values: form, errors });
    }
    return reply.redirect(settingsPath(serviceId, '?saved=organisation'), 303);
  }

  @Get('retention')
  async retentionForm(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string) {
    const { retention } = await request.apiClient.settings.get(serviceId);
    return reply.view('settings/retention.njk', { values: { email: String(retention.email), sms: String(retention.sms), letter: String(retention.letter) } });
  }

  @Post('retention')
  async updateRetention(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Body() form: Form) {
    const values = { email: form.email ?? '', sms: form.sms ?? '', letter: form.letter ?? '' };
    try {
      await request.apiClient.settings.updateRetention(serviceId, values);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply.code(400).view('settings/retention.njk', { values, errors });
    }
    return reply.redirect(settingsPath(serviceId, '?saved=retention'), 303);
  }
}

const SAVED_MESSAGES: Readonly<Record<string, string>> = {
  name: 'Service name changed',
  organisation: 'Organisation changed',
  retention: 'Data retention changed',
  'go-live': 'Request to go live sent',
  'content-checks': 'Content checks changed',
};
