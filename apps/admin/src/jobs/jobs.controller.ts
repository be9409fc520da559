import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { JOB_RECIPIENT_FILTERS, UploadSummary } from '@herald/contracts';
import { formErrorsOf } from '../forms/form-errors';
import { MessagePreviews } from '../previews/message-previews';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { CsrfInParts } from '../session/csrf.guard';
import { CsrfTokens } from '../session/csrf-tokens';
import { exampleCsv, exampleFileName } from './example-csv';
import { jobStatusText, jobView, recipientsView } from './job-view';
import { scheduleOptions } from './schedule-options';
import { receiveUpload } from './upload-form';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

/** Bulk sends: upload a file (streamed to the API), its report or summary, sending it now or later, the job's progress, recipients and report, and cancelling it. */
@RequiresPermission('view_dashboard')
@Controller('services/:serviceId')
export class JobsController {
  constructor(
    private readonly csrf: CsrfTokens,
    private readonly previews: MessagePreviews,
  ) {}

  @Get('send/:templateId/upload')
  @RequiresPermission('send_messages')
  async uploadForm(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('templateId') templateId: string) {
    return reply.view('jobs/upload.njk', { template: await request.apiClient.send.template(serviceId, templateId) });
  }

  /** A file to start from: the template's columns and one made-up row. */
  @Get('send/:templateId/example.csv')
  @RequiresPermission('send_messages')
  async example(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('templateId') templateId: string) {
    const template = await request.apiClient.send.template(serviceId, templateId);
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${exampleFileName(template.name)}"`)
      .send(exampleCsv(template));
  }

  /** The file part is piped to the API as it arrives; a good file goes on to its summary, a bad one gets its report. */
  @Post('send/:templateId/upload')
  @RequiresPermission('send_messages')
  @CsrfInParts()
  async upload(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('templateId') templateId: string) {
    const template = await request.apiClient.send.template(serviceId, templateId);
    const received = await receiveUpload(request, this.csrf, serviceId, templateId);
    if (received.kind === 'uploaded') {
      return reply.redirect(
        `/services/${encodeURIComponent(serviceId)}/send/${encodeURIComponent(templateId)}/uploads/${encodeURIComponent(received.uploadId)}`,
        303,
      );
    }
    return reply.code(400).view('jobs/upload.njk', { template, ...received });
  }

  @Get('send/:templateId/uploads/:uploadId')
  @RequiresPermission('send_messages')
  async summary(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @Param('uploadId') uploadId: string,
  ) {
    const upload = await request.apiClient.jobs.summary(serviceId, templateId, uploadId);
    return reply.view('jobs/check.njk', { ...checkPage(upload), messagePreview: await this.previews.ofUpload(request.apiClient, serviceId, upload) });
  }

  @Post('send/:templateId/uploads/:uploadId')
  @RequiresPermission('send_messages')
  async start(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @Param('uploadId') uploadId: string,
    @Body() form: { scheduledFor?: string } | undefined,
  ) {
    const scheduledFor = form?.scheduledFor === undefined ? null : form.scheduledFor;
    try {
      const { jobId } = await request.apiClient.jobs.start(serviceId, templateId, uploadId, { scheduledFor });
      return reply.redirect(`/services/${encodeURIComponent(serviceId)}/jobs/${encodeURIComponent(jobId)}`, 303);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      const upload = await request.apiClient.jobs.summary(serviceId, templateId, uploadId);
      const messagePreview = await this.previews.ofUpload(request.apiClient, serviceId, upload);
      return reply.code(400).view('jobs/check.njk', { ...checkPage(upload, scheduledFor), messagePreview, errors });
    }
  }

  @Get('jobs')
  async list(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string) {
    const jobs = await request.apiClient.jobs.list(serviceId);
    return reply.view('jobs/list.njk', { jobs: jobs.map((job) => ({ ...job, statusText: jobStatusText(job) })) });
  }

  /** The job's progress, and its recipients a page at a time (`status` filters them, `page` turns them). */
  @Get('jobs/:jobId')
  async job(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('jobId') jobId: string,
    @Query() query: { status?: string; page?: string },
  ) {
    const job = jobView(await request.apiClient.jobs.progress(serviceId, jobId));
    const status = JOB_RECIPIENT_FILTERS.find((filter) => filter === query.status);
    const found = await request.apiClient.jobs.recipients(serviceId, jobId, { status, page: Number(query.page) || undefined });
    const jobUrl = `/services/${encodeURIComponent(serviceId)}/jobs/${encodeURIComponent(jobId)}`;
    return reply.view('jobs/job.njk', { job, recipients: recipientsView(jobUrl, job.templateType, found) });
  }

  @Get('jobs/:jobId/cancel')
  @RequiresPermission('send_messages')
  async confirmCancel(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('jobId') jobId: string) {
    return reply.view('jobs/cancel.njk', { job: jobView(await request.apiClient.jobs.progress(serviceId, jobId)) });
  }

  @Post('jobs/:jobId/cancel')
  @RequiresPermission('send_messages')
  async cancel(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('jobId') jobId: string) {
    await request.apiClient.jobs.cancel(serviceId, jobId);
    return reply.redirect(`/services/${encodeURIComponent(serviceId)}/jobs/${encodeURIComponent(jobId)}`, 303);
  }

  /** For the page's script: the same figures, polled every 2 seconds while the job runs. */
  @Get('jobs/:jobId/progress.json')
  async progress(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('jobId') jobId: string) {
    return reply.type('application/json').send(jobView(await request.apiClient.jobs.progress(serviceId, jobId)));
  }

  @Get('jobs/:jobId/report.csv')
  async report(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('jobId') jobId: string) {
    const response = await request.apiClient.jobs.report(serviceId, jobId);
    const body = response.body ? Readable.fromWeb(response.body as WebReadableStream<Uint8Array>) : Readable.from([]);
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', response.headers.get('content-disposition') ?? 'attachment; filename="report.csv"')
      .send(body);
  }
}

/** The check page: the file's summary, and the times it may be scheduled for (the one chosen kept after an error). */
function checkPage(upload: UploadSummary, chosen: string | null = null) {
  return { upload, scheduleOptions: scheduleOptions(upload.scheduleTimes).map((option) => ({ ...option, selected: option.value === chosen })) };
}
