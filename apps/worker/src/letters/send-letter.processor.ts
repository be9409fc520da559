import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { QUEUES } from '@herald/queue';
import { JobHandlers } from '../job-handlers/job-handlers';

/** The send-letter queue; each job goes to the handler of its name (RenderLetterHandler). */
@Processor(QUEUES.sendLetter)
export class SendLetterProcessor extends WorkerHost {
  constructor(private readonly handlers: JobHandlers) {
    super();
  }

  process(job: Job, token?: string): Promise<unknown> {
    return this.handlers.run(QUEUES.sendLetter, job, token);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): Promise<void> {
    return this.handlers.failed(QUEUES.sendLetter, job, error);
  }
}
