import { Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { CurrentUser, InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { BulkUploadService } from './bulk-upload.service';
import { JobsService } from './jobs.service';

/** Bulk sends: a file streamed in and checked, its summary, and the job that sends it. */
@InternalController('services/:serviceId/send/:templateId/uploads')
@RequirePermission('send_messages')
export class UploadsController {
  constructor(
    private readonly uploads: BulkUploadService,
    private readonly jobs: JobsService,
  ) {}

  /** The body is the file itself (content type application/vnd.herald.upload), read as a stream. */
  @Post()
  @HttpCode(200)
  upload(
    @CurrentUser() user: SignedInUser,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @Query('fileName') fileName: string | undefined,
    @Req() request: { body?: unknown },
  ) {
    return this.uploads.upload(user, serviceId, templateId, fileName ?? '', request.body);
  }

  @Get(':uploadId')
  summary(@Param('serviceId') serviceId: string, @Param('templateId') templateId: string, @Param('uploadId') uploadId: string) {
    return this.jobs.uploadSummary(serviceId, templateId, uploadId);
  }

  @Post(':uploadId/job')
  @HttpCode(201)
  start(
    @CurrentUser() user: SignedInUser,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @Param('uploadId') uploadId: string,
    @InternalBody() body: Record<string, unknown>,
  ) {
    return this.jobs.start(user, serviceId, templateId, uploadId, body.scheduledFor);
  }
}
