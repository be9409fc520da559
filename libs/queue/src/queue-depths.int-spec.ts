import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { loadTestSettings } from '@herald/config';
import { QueueDepths } from './queue-depths';

describe('queue depths for operators', () => {
  const prefix = `{herald-test-depths-${randomBytes(4).toString('hex')}}`;
  const connection = { url: loadTestSettings().redisUrl, maxRetriesPerRequest: null };
  const sends = new Queue('send-email', { connection, prefix });
  const idle = new Queue('send-sms', { connection, prefix });
  const depths = new QueueDepths([sends, idle]);

  afterAll(async () => {
    for (const queue of [sends, idle]) await queue.obliterate({ force: true });
    await Promise.all([sends.close(), idle.close()]);
  });

  it('reports an empty queue as empty with no oldest job', async () => {
    expect(await depths.read()).toEqual([
      { name: 'send-email', waiting: 0, active: 0, delayed: 0, failed: 0, oldestWaitingSince: null },
      { name: 'send-sms', waiting: 0, active: 0, delayed: 0, failed: 0, oldestWaitingSince: null },
    ]);
  });

  it('counts waiting, prioritized and delayed jobs, and finds the oldest ready one', async () => {
    const before = Date.now();
    await sends.add('send', { n: 1 }, { timestamp: before - 60_000 });
    await sends.add('send', { n: 2 });
    await sends.add('send', { n: 3 }, { priority: 10, timestamp: before - 120_000 });
    await sends.add('send', { n: 4 }, { delay: 600_000 });
    const [email, sms] = await depths.read();
    expect(email).toEqual({ name: 'send-email', waiting: 3, active: 0, delayed: 1, failed: 0, oldestWaitingSince: new Date(before - 120_000) });
    expect(sms.waiting).toBe(0);
  });
});
