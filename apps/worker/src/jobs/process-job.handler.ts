import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { PROCESS_JOB, PROCESS_JOB_RETRY, ProcessJobPayload, QUEUES } from '@herald/queue';
import { HandlesJob } from '../job-handlers/handles-job.decorator';
import type { JobHandler } from '../job-handlers/job-handler';
import { JobOutcome, JobProcessingService } from './job-processing.service';

/** One bulk send: its rows become notifications (safe to run twice). */
@Injectable()
@HandlesJob(QUEUES.processJob, PROCESS_JOB, { retry: PROCESS_JOB_RETRY })
export class ProcessJobHandler implements JobHandler<ProcessJobPayload> {
  constructor(private readonly processing: JobProcessingService) {}

  run(job: Job<ProcessJobPayload>): Promise<JobOutcome> {
    return this.processing.process(job.data);
  }
}
