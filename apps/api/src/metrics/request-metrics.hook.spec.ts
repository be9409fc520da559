import Fastify, { FastifyInstance } from 'fastify';
import { HeraldMetrics } from '@herald/metrics';
import { countRequests } from './request-metrics.hook';

const notifyError = (error: string) => ({ status_code: 429, errors: [{ error, message: 'Exceeded' }] });

/** The hook on a bare Fastify, with routes shaped like the API's. */
async function aCountedServer(metrics: HeraldMetrics): Promise<FastifyInstance> {
  const fastify = Fastify();
  countRequests(fastify, metrics);
  fastify.post('/v2/notifications/sms', async (_request, reply) => reply.code(201).send({ id: 'an-id' }));
  fastify.post('/v2/notifications/email', async (request, reply) => {
    const limit = request.headers['x-limit'];
    if (limit) return reply.code(429).send(notifyError(String(limit)));
    return reply.code(201).send({ id: 'an-id' });
  });
  fastify.get('/v2/notifications/:notificationId', async () => ({ ok: true }));
  await fastify.ready();
  return fastify;
}

const sample = async (metrics: HeraldMetrics, series: string): Promise<number | undefined> => {
  const line = (await metrics.exposition()).body.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('the API’s request metrics', () => {
  it('counts a 201 on a send route as a notification created, of the route’s channel', async () => {
    const metrics = new HeraldMetrics();
    const fastify = await aCountedServer(metrics);
    await fastify.inject({ method: 'POST', url: '/v2/notifications/sms' });
    await fastify.inject({ method: 'POST', url: '/v2/notifications/email', headers: { 'x-limit': 'RateLimitError' } });
    expect(await sample(metrics, 'herald_notifications_created_total{channel="sms"}')).toBe(1);
    expect(await sample(metrics, 'herald_notifications_created_total{channel="email"}')).toBeUndefined();
    await fastify.close();
  });

  it('tells the rate limit’s refusals from the daily limit’s by Notify’s error type', async () => {
    const metrics = new HeraldMetrics();
    const fastify = await aCountedServer(metrics);
    await fastify.inject({ method: 'POST', url: '/v2/notifications/email', headers: { 'x-limit': 'RateLimitError' } });
    await fastify.inject({ method: 'POST', url: '/v2/notifications/email', headers: { 'x-limit': 'TooManyRequestsError' } });
    await fastify.inject({ method: 'POST', url: '/v2/notifications/email', headers: { 'x-limit': 'TooManyRequestsError' } });
    expect(await sample(metrics, 'herald_limit_refusals_total{limit="rate"}')).toBe(1);
    expect(await sample(metrics, 'herald_limit_refusals_total{limit="daily"}')).toBe(2);
    await fastify.close();
  });

  it('labels a request with its route pattern, and one no route matched as unmatched, never with its URL', async () => {
    const metrics = new HeraldMetrics();
    const fastify = await aCountedServer(metrics);
    await fastify.inject({ method: 'GET', url: '/v2/notifications/3f1c0a52-e0a4-4d5e-9d4b-6a1b2c3d4e5f' });
    await fastify.inject({ method: 'GET', url: '/v2/people/someone@example.com' });
    const { body } = await metrics.exposition();
    expect(await sample(metrics, 'herald_http_request_duration_seconds_count{method="GET",route="/v2/notifications/:notificationId",status="200"}')).toBe(1);
    expect(await sample(metrics, 'herald_http_request_duration_seconds_count{method="GET",route="unmatched",status="404"}')).toBe(1);
    expect(body).not.toMatch(/3f1c0a52|someone@example\.com/);
    await fastify.close();
  });
});
