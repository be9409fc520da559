import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { CsrfInParts } from '../session/csrf.guard';
import { CsrfTokens } from '../session/csrf-tokens';
import { jobView } from './job-view';
import { receiveUpload } from './upload-form';

/** Bulk sends: upload a file (streamed to the API), its report or summary, the job's progress and report. */
@Controller('services/:serviceId')
export class JobsController {
  constructor(private readonly csrf: CsrfTokens) {}

  @Get('send/:templateId/upload')
  async uploadForm(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('templateId') templateId: string) {
    return reply.view('jobs/upload.njk', { template: await request.apiClient.send.template(serviceId, templateId) });
  }

  /** The file part is piped to the API as it arrives; a good file goes on to its summary, a bad one gets its report. */
  @Post('send/:templateId/upload')
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
  async summary(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @Param('uploadId') uploadId: string,
  ) {
    return reply.view('jobs/check.njk', { upload: await request.apiClient.jobs.summary(serviceId, templateId, uploadId) });
  }

  @Post('send/:templateId/uploads/:uploadId')
  async start(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @Param('uploadId') uploadId: string,
  ) {
    const { jobId } = await request.apiClient.jobs.start(serviceId, templateId, uploadId);
    return reply.redirect(`/services/${encodeURIComponent(serviceId)}/jobs/${encodeURIComponent(jobId)}`, 303);
  }

  @Get('jobs')
  async list(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string) {
    return reply.view('jobs/list.njk', { jobs: await request.apiClient.jobs.list(serviceId) });
  }

  @Get('jobs/:jobId')
  async job(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('jobId') jobId: string) {
    return reply.view('jobs/job.njk', { job: jobView(await request.apiClient.jobs.progress(serviceId, jobId)) });
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
