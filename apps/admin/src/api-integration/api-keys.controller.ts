import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

interface NewKeyForm {
  readonly name?: string;
  readonly key_type?: string;
}

/** API keys: the list, creating one (its secret shown on the next page only), revoking one. */
@RequiresPermission('manage_api_keys')
@Controller('services/:serviceId/api/keys')
export class ApiKeysController {
  @Get()
  async list(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Query('revoked') revoked?: string) {
    const { api_keys: keys } = await request.apiClient.apiIntegration.listKeys(serviceId);
    return reply.view('api-integration/keys.njk', { keys, revoked: revoked === '1' });
  }

  @Get('create')
  createForm(@Res() reply: AdminReply) {
    return reply.view('api-integration/create-key.njk', { values: {} });
  }

  /**
   * Shows the new key in this response rather than redirecting: the secret exists nowhere else,
   * so it is never put in a URL, a cookie or a later page. The response is not cached.
   */
  @Post('create')
  async create(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Body() form: NewKeyForm) {
    try {
      const created = await request.apiClient.apiIntegration.createKey(serviceId, { name: form.name ?? '', key_type: form.key_type ?? '' });
      return reply.header('Cache-Control', 'no-store').view('api-integration/new-key.njk', { created });
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply.code(400).view('api-integration/create-key.njk', { values: form, errors });
    }
  }

  @Get(':keyId/revoke')
  async revokeForm(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('keyId') keyId: string) {
    const key = await request.apiClient.apiIntegration.getKey(serviceId, keyId);
    return reply.view('api-integration/revoke-key.njk', { key });
  }

  @Post(':keyId/revoke')
  async revoke(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('keyId') keyId: string) {
    await request.apiClient.apiIntegration.revokeKey(serviceId, keyId);
    return reply.redirect(`/services/${encodeURIComponent(serviceId)}/api/keys?revoked=1`, 303);
  }
}
