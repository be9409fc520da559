import type { Job, Queue } from 'bullmq';
import type { HeraldConfig } from '@herald/config';
import { SCHEDULED_TASKS } from '@herald/queue';
import type { LetterSweepService } from '../letters/letter-sweep.service';
import type { PrintBatchService } from '../letters/print-batch.service';
import type { DocumentRetentionService } from './document-retention.service';
import type { ReplayCreatedService } from './replay-created.service';
import type { SendingTimeoutService } from './sending-timeout.service';
import type { NotificationRetentionService } from './notification-retention.service';
import { ScheduledTasksProcessor } from './scheduled-tasks.processor';

describe('ScheduledTasksProcessor', () => {
  const ran: string[] = [];
  const task = (name: string) => async () => (ran.push(name), 0);
  const processor = new ScheduledTasksProcessor(
    {} as HeraldConfig,
    {} as Queue,
    { replay: task('replay') } as unknown as ReplayCreatedService,
    { sweep: task('letter sweep') } as unknown as LetterSweepService,
    { sendToPrint: task('print'), applyResponses: task('responses') } as unknown as PrintBatchService,
    { purge: task('document purge') } as unknown as DocumentRetentionService,
    { timeOut: task('sending timeout') } as unknown as SendingTimeoutService,
    { purge: task('notification purge') } as unknown as NotificationRetentionService,
  );

  it('has a handler for every scheduled task in the registry', async () => {
    for (const name of Object.values(SCHEDULED_TASKS)) await processor.process({ name } as Job);
    expect(ran).toHaveLength(Object.values(SCHEDULED_TASKS).length);
    expect(ran).toContain('document purge');
  });
});
