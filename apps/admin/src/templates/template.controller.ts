import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { InternalApiError, TemplateFields, TemplateView } from '@herald/contracts';
import { checkPanel } from '../checks/check-report-view';
import { FormErrors, formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { previewValuesOf, QueryValues } from './template-page-values';
import { MessagePreviews } from '../previews/message-previews';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

const TYPES: Record<string, string> = { email: 'Email', sms: 'Text message', letter: 'Letter' };

/** One template: its page with the preview, editing (a new version), copying, archiving, history, the letter PDF. */
@RequiresPermission('view_dashboard')
@Controller('services/:serviceId/templates/:templateId')
export class TemplateController {
  constructor(private readonly previews: MessagePreviews) {}

  @Get()
  async show(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @Query() query: QueryValues,
  ) {
    return this.page(request, reply, serviceId, templateId, query);
  }

  /** The template page; `errors` when copying it was refused (R-CK: the copy would not pass the checks). */
  private async page(request: AdminRequest, reply: AdminReply, serviceId: string, templateId: string, query: QueryValues, errors?: FormErrors) {
    const values = previewValuesOf(query);
    const [template, preview] = await Promise.all([
      request.apiClient.templates.get(serviceId, templateId),
      request.apiClient.templates.preview(serviceId, templateId, values),
    ]);
    const messagePreview = await this.previews.ofTemplate(request.apiClient, serviceId, template, preview, values);
    return reply.code(errors ? 400 : 200).view('templates/show.njk', {
      errors,
      template,
      ...checksOf(template),
      preview,
      messagePreview,
      values,
      done: query.done,
      typeName: TYPES[template.type],
    });
  }

  /**
   * The email exactly as rendered for sending, for the page's iframe. Its own policy lets it show
   * its styles and images and nothing else: no script runs, nothing is fetched but images.
   */
  @Get('preview.html')
  async emailPreview(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @Query() query: QueryValues,
  ) {
    const preview = await request.apiClient.templates.preview(serviceId, templateId, previewValuesOf(query));
    if (preview.html === null) return reply.redirect(`/services/${encodeURIComponent(serviceId)}/templates/${encodeURIComponent(templateId)}`, 303);
    return reply
      .header(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'unsafe-inline'; img-src data: http: https:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
      )
      .type('text/html; charset=utf-8')
      .send(preview.html);
  }

  @Get('letter.pdf')
  async letterPdf(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @Query() query: QueryValues,
  ) {
    let pdf: Buffer;
    try {
      pdf = await request.apiClient.templates.letterPdf(serviceId, templateId, previewValuesOf(query));
    } catch (error) {
      // Only letters have a PDF: anything else goes back to its template page.
      if (error instanceof InternalApiError && error.status === 400)
        return reply.redirect(`/services/${encodeURIComponent(serviceId)}/templates/${encodeURIComponent(templateId)}`, 303);
      throw error;
    }
    return reply.type('application/pdf').header('Content-Disposition', 'inline; filename="letter-preview.pdf"').send(pdf);
  }

  @Get('edit')
  @RequiresPermission('manage_templates')
  async editForm(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('templateId') templateId: string) {
    const template = await request.apiClient.templates.get(serviceId, templateId);
    return reply.view('templates/form.njk', { template, ...checksOf(template), type: template.type, typeName: TYPES[template.type], values: template });
  }

  @Post('edit')
  @RequiresPermission('manage_templates')
  async edit(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @Body() form: TemplateFields,
  ) {
    try {
      await request.apiClient.templates.update(serviceId, templateId, form);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      const template = await request.apiClient.templates.get(serviceId, templateId);
      return reply
        .code(400)
        .view('templates/form.njk', { template, ...checksOf(template), type: template.type, typeName: TYPES[template.type], values: form, errors });
    }
    return reply.redirect(`/services/${encodeURIComponent(serviceId)}/templates/${encodeURIComponent(templateId)}?done=saved`, 303);
  }

  @Post('copy')
  @RequiresPermission('manage_templates')
  async copy(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('templateId') templateId: string) {
    let copy: TemplateView;
    try {
      copy = await request.apiClient.templates.copy(serviceId, templateId);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return this.page(request, reply, serviceId, templateId, {}, { ...errors, list: errors.list.map((e) => ({ ...e, href: '#content-checks' })) });
    }
    return reply.redirect(`/services/${encodeURIComponent(serviceId)}/templates/${copy.id}?done=copied`, 303);
  }

  @Get('archive')
  @RequiresPermission('manage_templates')
  async archiveForm(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('templateId') templateId: string) {
    const template = await request.apiClient.templates.get(serviceId, templateId);
    return reply.view('templates/archive.njk', { template });
  }

  @Post('archive')
  @RequiresPermission('manage_templates')
  async archive(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('templateId') templateId: string) {
    const template = await request.apiClient.templates.archive(serviceId, templateId);
    const folder = template.folder_id ? `/folders/${template.folder_id}` : '';
    return reply.redirect(`/services/${encodeURIComponent(serviceId)}/templates${folder}?done=archived`, 303);
  }

  @Get('versions')
  async versions(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('templateId') templateId: string) {
    const history = await request.apiClient.templates.history(serviceId, templateId);
    return reply.view('templates/versions.njk', { history, template: history.template, typeName: TYPES[history.template.type] });
  }
}

/** R-CK: the checks panel beside the editor, for the saved version (a refused save's errors are the form's). */
function checksOf(template: TemplateView) {
  return { panel: checkPanel(template.checks, template.type), panelCaption: `Version ${template.version}` };
}
