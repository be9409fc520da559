import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { ProcessJobPayload, QUEUES } from '@herald/queue';
import { JobOutcome, JobProcessingService } from './job-processing.service';

/** Bulk sends: each job's rows become notifications (retried by BullMQ; safe to run twice). */
@Processor(QUEUES.processJob)
export class ProcessJobProcessor extends WorkerHost {
  constructor(private readonly processing: JobProcessingService) {
    super();
  }

  process(job: Job<ProcessJobPayload>): Promise<JobOutcome> {
    return this.processing.process(job.data);
  }
}
