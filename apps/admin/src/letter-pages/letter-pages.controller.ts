import { Controller, Get, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import { InternalApiError } from '@herald/contracts';
import { MessagePreviews } from '../previews/message-previews';
import { RequiresPermission } from '../permissions/requires-permission.decorator';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { previewValuesOf, QueryValues } from '../templates/template-page-values';
import { LetterPageRenderer } from './letter-page-renderer';

/**
 * A letter's pages as PNG images (`…/letter-preview/page-1.png`), beside each letter PDF the admin
 * shows: a template's preview, a one-off send's check page, a file's first row, a sent letter. Each
 * PDF comes from the same API endpoint as the page that shows it, so the same permission and the
 * same service apply.
 */
@Controller('services/:serviceId')
export class LetterPagesController {
  constructor(
    private readonly pages: LetterPageRenderer,
    private readonly previews: MessagePreviews,
  ) {}

  @Get('templates/:templateId/letter-preview/:page')
  @RequiresPermission('view_dashboard')
  async templatePage(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @Param('page') page: string,
    @Query() query: QueryValues,
  ) {
    const number = pageNumberOf(page);
    const pdf = await onlyLetters(request.apiClient.templates.letterPdf(serviceId, templateId, previewValuesOf(query)));
    // Only letters have pages: anything else goes back to its template page, as its PDF does.
    if (!pdf) return reply.redirect(`${servicePath(serviceId)}/templates/${enc(templateId)}`, 303);
    return this.send(reply, pdf, number);
  }

  @Get('send/:templateId/one/letter-preview/:page')
  @RequiresPermission('send_messages')
  async sendCheckPage(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @Param('page') page: string,
    @Query('values') token?: string,
  ) {
    const number = pageNumberOf(page);
    // The API first: the template must be one this member may send, in this service.
    await request.apiClient.send.template(serviceId, templateId);
    const values = this.previews.sendCheckValues(serviceId, templateId, token);
    const pdf = values && (await onlyLetters(request.apiClient.templates.letterPdf(serviceId, templateId, values)));
    // No values sealed by this admin for this template (or not a letter): back to the form.
    if (!pdf) return reply.redirect(`${servicePath(serviceId)}/send/${enc(templateId)}/one`, 303);
    return this.send(reply, pdf, number);
  }

  @Get('send/:templateId/uploads/:uploadId/letter-preview/:page')
  @RequiresPermission('send_messages')
  async uploadPage(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @Param('uploadId') uploadId: string,
    @Param('page') page: string,
  ) {
    const number = pageNumberOf(page);
    const upload = await request.apiClient.jobs.summary(serviceId, templateId, uploadId);
    if (upload.templateType !== 'letter') return reply.redirect(`${servicePath(serviceId)}/send/${enc(templateId)}/uploads/${enc(uploadId)}`, 303);
    return this.send(reply, await request.apiClient.templates.letterPdf(serviceId, templateId, upload.firstMessage.values), number);
  }

  @Get('notifications/:letterId/letter-preview/:page')
  @RequiresPermission('view_dashboard')
  async sentLetterPage(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('letterId') letterId: string,
    @Param('page') page: string,
  ) {
    const number = pageNumberOf(page);
    return this.send(reply, (await request.apiClient.activity.letterPdf(serviceId, letterId)).body, number);
  }

  private async send(reply: AdminReply, pdf: Buffer, page: number) {
    const png = await this.pages.page(pdf, page);
    if (!png) throw new NotFoundException();
    return reply.type('image/png').header('Content-Disposition', `inline; filename="letter-page-${page}.png"`).send(png);
  }
}

const enc = encodeURIComponent;
const servicePath = (serviceId: string): string => `/services/${enc(serviceId)}`;

/** The letter's PDF, or null when the API says the template is not a letter (400). */
async function onlyLetters(pdf: Promise<Buffer>): Promise<Buffer | null> {
  try {
    return await pdf;
  } catch (error) {
    if (error instanceof InternalApiError && error.status === 400) return null;
    throw error;
  }
}

/** `page-2.png` is page 2; anything else is no page. */
function pageNumberOf(segment: string): number {
  const match = /^page-([1-9][0-9]{0,2})\.png$/.exec(segment);
  if (!match) throw new NotFoundException();
  return Number(match[1]);
}
