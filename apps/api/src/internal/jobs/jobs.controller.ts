import { Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { pageNumber, recipientFilter } from './job-recipients';
import { JobRecipientsService } from './job-recipients.service';
import { JobsService } from './jobs.service';

/** Bulk sends of a service: any member may watch them. */
@InternalController('services/:serviceId/jobs')
@RequirePermission('view_dashboard')
export class JobsController {
  constructor(
    private readonly jobs: JobsService,
    private readonly recipientPages: JobRecipientsService,
  ) {}

  @Get()
  list(@Param('serviceId') serviceId: string, @Query('limit') limit: string | undefined) {
    return this.jobs.list(serviceId, limit ? Number(limit) || undefined : undefined);
  }

  @Get(':jobId')
  progress(@Param('serviceId') serviceId: string, @Param('jobId') jobId: string) {
    return this.jobs.progress(serviceId, jobId);
  }

  /** Stopping a bulk send is sending's business: it needs the send permission. */
  @Post(':jobId/cancel')
  @HttpCode(200)
  @RequirePermission('send_messages')
  cancel(@Param('serviceId') serviceId: string, @Param('jobId') jobId: string) {
    return this.jobs.cancel(serviceId, jobId);
  }

  @Get(':jobId/recipients')
  recipients(@Param('serviceId') serviceId: string, @Param('jobId') jobId: string, @Query('status') status?: string, @Query('page') page?: string) {
    return this.recipientPages.page(serviceId, jobId, recipientFilter(status), pageNumber(page));
  }

  @Get(':jobId/report')
  async report(@Param('serviceId') serviceId: string, @Param('jobId') jobId: string): Promise<StreamableFile> {
    const report = await this.jobs.report(serviceId, jobId);
    return new StreamableFile(report.body, { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${report.fileName.replace(/["\\]/g, '')}"` });
  }
}
