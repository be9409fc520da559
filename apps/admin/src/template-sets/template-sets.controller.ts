import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { TemplateSetView } from '@herald/contracts';
import { checkPanel } from '../checks/check-report-view';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { emptyFormValues, fieldsOf, formValuesOf, formValuesOfSet, TemplateSetFormValues, templateSetFormErrors, variantColumns } from './template-set-form';
import { TemplateSetPreviews } from './template-set-previews';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

const setPath = (serviceId: string, setId: string): string => `/services/${encodeURIComponent(serviceId)}/template-sets/${encodeURIComponent(setId)}`;

/** Template sets: one message with a variant per channel and language, edited side by side, published with a parity check. */
@RequiresPermission('view_dashboard')
@Controller('services/:serviceId/template-sets')
export class TemplateSetsController {
  @Get()
  async list(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string) {
    return reply.view('template-sets/list.njk', { sets: (await request.apiClient.templateSets.list(serviceId)).template_sets });
  }

  @Get('new')
  @RequiresPermission('manage_templates')
  create(@Res() reply: AdminReply) {
    return reply.view('template-sets/form.njk', editorView(null, emptyFormValues()));
  }

  /** "Add variant" shows the form again with one more (nothing is saved); "Save draft" creates the set. */
  @Post('new')
  @RequiresPermission('manage_templates')
  async created(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Body() form: Record<string, unknown>) {
    const values = formValuesOf(form);
    if (form.action === 'add-variant') return reply.view('template-sets/form.njk', editorView(null, values));
    try {
      const set = await request.apiClient.templateSets.create(serviceId, fieldsOf(values));
      return reply.redirect(`${setPath(serviceId, set.id)}?done=created`, 303);
    } catch (error) {
      const errors = templateSetFormErrors(error);
      if (!errors) throw error;
      return reply.code(400).view('template-sets/form.njk', { ...editorView(null, values), errors });
    }
  }

  @Get(':setId')
  @RequiresPermission('manage_templates')
  async edit(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('setId') setId: string,
    @Query('done') done?: string,
  ) {
    const set = await request.apiClient.templateSets.get(serviceId, setId);
    return reply.view('template-sets/form.njk', { ...editorView(set, formValuesOfSet(set)), done });
  }

  @Post(':setId')
  @RequiresPermission('manage_templates')
  async save(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('setId') setId: string,
    @Body() form: Record<string, unknown>,
  ) {
    const set = await request.apiClient.templateSets.get(serviceId, setId);
    const values = formValuesOf(form);
    if (form.action === 'add-variant') return reply.view('template-sets/form.njk', editorView(set, values));
    try {
      await request.apiClient.templateSets.update(serviceId, setId, fieldsOf(values));
      return reply.redirect(`${setPath(serviceId, setId)}?done=saved`, 303);
    } catch (error) {
      const errors = templateSetFormErrors(error);
      if (!errors) throw error;
      return reply.code(400).view('template-sets/form.njk', { ...editorView(set, values), errors });
    }
  }

  /** R-RT-5: a refusal lists, per variant, the placeholders it lacks, linked to that variant's message field. */
  @Post(':setId/publish')
  @RequiresPermission('manage_templates')
  async publish(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('setId') setId: string) {
    try {
      await request.apiClient.templateSets.publish(serviceId, setId);
      return reply.redirect(`${setPath(serviceId, setId)}?done=published`, 303);
    } catch (error) {
      const errors = templateSetFormErrors(error);
      if (!errors) throw error;
      const set = await request.apiClient.templateSets.get(serviceId, setId);
      return reply.code(400).view('template-sets/form.njk', { ...editorView(set, formValuesOfSet(set)), errors, publishRefused: true });
    }
  }

  @Get(':setId/preview')
  async preview(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('setId') setId: string) {
    const set = await request.apiClient.templateSets.get(serviceId, setId);
    return reply.view('template-sets/preview.njk', { set, previews: await new TemplateSetPreviews(request.apiClient).of(serviceId, set) });
  }

  /** The email as sent, for the preview's sandboxed iframe: its own strict CSP, no scripts, no forms. */
  @Get(':setId/preview/:language/email.html')
  async emailHtml(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('setId') setId: string,
    @Param('language') language: string,
  ) {
    const preview = await request.apiClient.templateSets.preview(serviceId, setId, 'email', language as 'en');
    const html = preview.channel === 'email' ? preview.html : '';
    return reply
      .header(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'unsafe-inline'; img-src data: http: https:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
      )
      .type('text/html; charset=utf-8')
      .send(html);
  }

  /** The letter's PDF through the admin (the browser never talks to the API): `?format=large_print` for large print. */
  @Get(':setId/preview/:language/letter.pdf')
  async letterPdf(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('setId') setId: string,
    @Param('language') language: string,
    @Query('format') format?: string,
  ) {
    const pdf = await request.apiClient.templateSets.letterPdf(serviceId, setId, language as 'en', format === 'large_print' ? 'large_print' : 'standard');
    return reply
      .type('application/pdf')
      .header('Content-Disposition', `inline; filename="letter-${language}-${format === 'large_print' ? 'large-print' : 'standard'}.pdf"`)
      .send(pdf);
  }
}

/** R-CK: a saved set shows its draft's checks below the variants; errors there refuse publishing. */
function editorView(set: TemplateSetView | null, values: TemplateSetFormValues) {
  const checks = set ? { panel: checkPanel(set.checks, null), panelCaption: 'Saved draft' } : {};
  return { set, values, columns: variantColumns(values.variants), section: 'template-sets', ...checks };
}
