import { Module } from '@nestjs/common';
import { QueueModule } from '@herald/queue';
import { SendingModule } from '@herald/sending';
import { SendModule } from '../send/send.module';
import { BulkUploadService } from './bulk-upload.service';
import { JobsController } from './jobs.controller';
import { JobRecipientsService } from './job-recipients.service';
import { JobsService } from './jobs.service';
import { UploadsController } from './uploads.controller';

/** Bulk sends: uploads checked as they stream in, jobs made from them, progress and reports. */
@Module({
  imports: [SendModule, SendingModule, QueueModule],
  controllers: [UploadsController, JobsController],
  providers: [BulkUploadService, JobsService, JobRecipientsService],
})
export class JobsModule {}
