import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { formErrors, formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { settingsPath } from './manage-service';
import { senderKind } from './sender-kinds';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

type Form = Record<string, string | undefined>;

/** Reply-to addresses, text message senders and letter contact blocks (`:kind`): list, add, make default, remove. */
@RequiresPermission('manage_service')
@Controller('services/:serviceId/settings/:kind')
export class SendersController {
  @Get()
  @RequiresPermission('view_dashboard')
  async list(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('kind') path: string,
    @Query('done') done?: string,
  ) {
    const kind = senderKind(path);
    const items = await kind.list(request.apiClient, serviceId);
    return reply.view('settings/senders.njk', { kind, senders: items, done: done ?? null });
  }

  @Get('add')
  addForm(@Res() reply: AdminReply, @Param('kind') path: string) {
    return reply.view('settings/add-sender.njk', { kind: senderKind(path), values: {} });
  }

  @Post('add')
  async add(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('kind') path: string, @Body() form: Form) {
    const kind = senderKind(path);
    try {
      await kind.add(request.apiClient, serviceId, form[kind.field] ?? '', form.is_default === 'yes');
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply.code(400).view('settings/add-sender.njk', { kind, values: form, errors });
    }
    return reply.redirect(settingsPath(serviceId, `/${kind.path}?done=added`), 303);
  }

  @Post(':senderId/default')
  async makeDefault(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('kind') path: string,
    @Param('senderId') id: string,
  ) {
    const kind = senderKind(path);
    await kind.makeDefault(request.apiClient, serviceId, id);
    return reply.redirect(settingsPath(serviceId, `/${kind.path}?done=default`), 303);
  }

  @Post(':senderId/remove')
  async remove(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('kind') path: string,
    @Param('senderId') id: string,
  ) {
    const kind = senderKind(path);
    try {
      await kind.remove(request.apiClient, serviceId, id);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      const items = await kind.list(request.apiClient, serviceId);
      return reply.code(400).view('settings/senders.njk', {
        kind,
        senders: items,
        done: null,
        errors: formErrors(errors.list.map((e) => ({ field: `remove-${id}`, message: e.text }))),
      });
    }
    return reply.redirect(settingsPath(serviceId, `/${kind.path}?done=removed`), 303);
  }
}
