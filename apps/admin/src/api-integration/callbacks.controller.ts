import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { CALLBACK_PAGES, callbackPageOf } from './callback-pages';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

interface CallbackForm {
  readonly url?: string;
  readonly bearer_token?: string;
}

/** Callback URLs and bearer tokens; a token is never shown back, only whether one is set. */
@RequiresPermission('manage_api_keys')
@Controller('services/:serviceId/api/callbacks')
export class CallbacksController {
  @Get()
  async list(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Query('saved') saved?: string) {
    const { callbacks } = await request.apiClient.apiIntegration.listCallbacks(serviceId);
    const rows = CALLBACK_PAGES.map((page) => ({ page, callback: callbacks.find((c) => c.type === page.type) }));
    return reply.view('api-integration/callbacks.njk', { rows, saved: saved === '1' });
  }

  @Get(':callbackType')
  async form(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('callbackType') slug: string) {
    const page = callbackPageOf(slug);
    const callback = await request.apiClient.apiIntegration.getCallback(serviceId, page.type);
    return reply.view('api-integration/callback.njk', { page, callback, values: { url: callback.url ?? '' } });
  }

  @Post(':callbackType')
  async set(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('callbackType') slug: string,
    @Body() form: CallbackForm,
  ) {
    const page = callbackPageOf(slug);
    try {
      await request.apiClient.apiIntegration.setCallback(serviceId, page.type, { url: form.url ?? '', bearer_token: form.bearer_token ?? '' });
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      const callback = await request.apiClient.apiIntegration.getCallback(serviceId, page.type);
      return reply.code(400).view('api-integration/callback.njk', { page, callback, values: { url: form.url ?? '' }, errors });
    }
    return reply.redirect(`/services/${encodeURIComponent(serviceId)}/api/callbacks?saved=1`, 303);
  }

  @Post(':callbackType/remove')
  async remove(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('callbackType') slug: string) {
    await request.apiClient.apiIntegration.removeCallback(serviceId, callbackPageOf(slug).type);
    return reply.redirect(`/services/${encodeURIComponent(serviceId)}/api/callbacks?saved=1`, 303);
  }
}
