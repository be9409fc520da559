import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Job, Queue } from 'bullmq';
import { ConfigModule, HeraldConfig } from '@herald/config';
import { DeliveryQueue, JobQueue, LetterQueue, QueueModule, QueueName, QUEUES } from '@herald/queue';
import { aTestConfig } from '@herald/testing';
import { CALLBACK_JOB_OPTIONS } from '../callbacks/callback-retry';
import { JOB_HANDLERS } from '../worker-job-handlers';
import { registrationsOf } from './handles-job.decorator';
import { resolve } from './job-handler';

/**
 * The retry a handler declares is the one its jobs are added with: the producers in libs/queue
 * (the API's sends, bulk sends, letters) and the worker's own (callbacks) agree with the handlers.
 */
describe('the retries beside the job handlers', () => {
  let config: HeraldConfig;
  let app: INestApplicationContext;

  beforeAll(async () => {
    config = await aTestConfig({ DELIVERY_RETRY_MAX_ATTEMPTS: '6' });
    @Module({ imports: [ConfigModule.forRoot(config), QueueModule] })
    class ProducersUnderTest {}
    app = await NestFactory.createApplicationContext(ProducersUnderTest, { logger: false });
  });
  afterAll(async () => {
    for (const name of Object.values(QUEUES)) await app.get<Queue>(getQueueToken(name)).obliterate({ force: true });
    await app.close();
  });

  const declared = (queue: QueueName, name: string) => {
    const registration = registrationsOf(JOB_HANDLERS).find((r) => r.queue === queue && r.name === name)!;
    const { attempts, backoff } = resolve(registration.retry, config);
    return { attempts, backoff };
  };
  const added = async (queue: QueueName, id: string) => {
    const job = (await app.get<Queue>(getQueueToken(queue)).getJob(id)) as Job;
    return { name: job.name, attempts: job.opts.attempts, backoff: job.opts.backoff };
  };

  it('adds emails and texts with the delivery retry, read from the configuration', async () => {
    const [email, text] = [randomUUID(), randomUUID()];
    await app.get(DeliveryQueue).enqueueEmail({ notificationId: email, serviceId: randomUUID() });
    await app.get(DeliveryQueue).enqueueSms({ notificationId: text, serviceId: randomUUID() });
    expect(await added(QUEUES.sendEmail, email)).toEqual({ name: 'send', ...declared(QUEUES.sendEmail, 'send') });
    expect(await added(QUEUES.sendSms, text)).toEqual({ name: 'send', ...declared(QUEUES.sendSms, 'send') });
    expect(declared(QUEUES.sendSms, 'send').attempts).toBe(6);
  });

  it('adds letters to render, from the API or a bulk send, with the render retry', async () => {
    const [single, bulk] = [randomUUID(), randomUUID()];
    await app.get(LetterQueue).enqueue({ notificationId: single, serviceId: randomUUID() });
    await app.get(JobQueue).enqueueNotifications(randomUUID(), [{ id: bulk, type: 'letter' }]);
    expect(await added(QUEUES.sendLetter, single)).toEqual({ name: 'render', ...declared(QUEUES.sendLetter, 'render') });
    expect(await added(QUEUES.sendLetter, bulk)).toEqual({ name: 'render', ...declared(QUEUES.sendLetter, 'render') });
  });

  it('adds bulk sends with the process-job retry', async () => {
    const jobId = randomUUID();
    await app.get(JobQueue).enqueueJob({ jobId, serviceId: randomUUID() });
    expect(await added(QUEUES.processJob, jobId)).toEqual({ name: 'process', ...declared(QUEUES.processJob, 'process') });
  });

  it('adds callbacks with the callback retry', () => {
    const { attempts, backoff } = CALLBACK_JOB_OPTIONS;
    expect({ attempts, backoff }).toEqual(declared(QUEUES.serviceCallbacks, 'delivery_status'));
  });
});
