import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { QUEUES } from '@herald/queue';
import { JobHandlers } from '../job-handlers/job-handlers';

/** The process-job queue (bulk sends); each job goes to the handler of its name (ProcessJobHandler). */
@Processor(QUEUES.processJob)
export class ProcessJobProcessor extends WorkerHost {
  constructor(private readonly handlers: JobHandlers) {
    super();
  }

  process(job: Job, token?: string): Promise<unknown> {
    return this.handlers.run(QUEUES.processJob, job, token);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): Promise<void> {
    return this.handlers.failed(QUEUES.processJob, job, error);
  }
}
