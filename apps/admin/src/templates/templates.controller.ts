import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { TemplateFields } from '@herald/contracts';
import { formErrors, formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { listOf } from './template-page-values';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

const TYPES: Record<string, string> = { email: 'Email', sms: 'Text message', letter: 'Letter' };

type TemplateForm = TemplateFields & { readonly folder_id?: string };

/** The templates list (top level), choosing a type, creating a template, and moving templates between folders. */
@RequiresPermission('view_dashboard')
@Controller('services/:serviceId/templates')
export class TemplatesController {
  @Get()
  async list(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Query('done') done?: string) {
    const list = await request.apiClient.templates.list(serviceId);
    return reply.view('templates/list.njk', { list, done });
  }

  /** Choosing a type: the form comes back here (GET, `chosen=1`) and goes on to the create form for that type. */
  @Get('new')
  @RequiresPermission('manage_templates')
  chooseType(@Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Query() query: { folder?: string; type?: string; chosen?: string }) {
    const folder = query.folder ?? '';
    if (query.chosen && query.type && TYPES[query.type]) {
      return reply.redirect(`/services/${encodeURIComponent(serviceId)}/templates/create?${new URLSearchParams({ type: query.type, folder })}`, 303);
    }
    const errors = query.chosen ? formErrors([{ field: 'type', message: 'Select a type of template' }]) : undefined;
    return reply.code(errors ? 400 : 200).view('templates/choose-type.njk', { folder, values: {}, errors });
  }

  @Get('create')
  @RequiresPermission('manage_templates')
  createForm(@Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Query('type') type?: string, @Query('folder') folder?: string) {
    if (!type || !TYPES[type]) return reply.redirect(`/services/${encodeURIComponent(serviceId)}/templates/new`, 303);
    return reply.view('templates/form.njk', { type, typeName: TYPES[type], values: { folder_id: folder ?? '' }, creating: true });
  }

  @Post('create')
  @RequiresPermission('manage_templates')
  async create(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Body() form: TemplateForm) {
    try {
      const created = await request.apiClient.templates.create(serviceId, { ...form, folder_id: form.folder_id || null });
      return reply.redirect(`/services/${encodeURIComponent(serviceId)}/templates/${created.id}?done=created`, 303);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      const type = typeof form.type === 'string' && TYPES[form.type] ? form.type : 'email';
      return reply.code(400).view('templates/form.njk', { type, typeName: TYPES[type], values: form, errors, creating: true });
    }
  }

  @Post('move')
  @RequiresPermission('manage_templates')
  async move(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Body() form: { template_ids?: string | string[]; folder_id?: string; from?: string },
  ) {
    const back = form.from
      ? `/services/${encodeURIComponent(serviceId)}/templates/folders/${encodeURIComponent(form.from)}`
      : `/services/${encodeURIComponent(serviceId)}/templates`;
    try {
      await request.apiClient.templates.move(serviceId, { template_ids: listOf(form.template_ids), folder_id: form.folder_id || null });
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      const list = await request.apiClient.templates.list(serviceId, form.from || undefined);
      return reply.code(400).view('templates/list.njk', { list, errors: { ...errors, list: errors.list.map((e) => ({ ...e, href: '#template-ids' })) } });
    }
    return reply.redirect(`${back}?done=moved`, 303);
  }
}
