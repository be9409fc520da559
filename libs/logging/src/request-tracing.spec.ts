import Fastify, { FastifyInstance } from 'fastify';
import { currentRequestId } from './request-context';
import { traceRequests } from './request-tracing';

describe('traceRequests', () => {
  let app: FastifyInstance;

  beforeEach(async () => {
    app = Fastify();
    traceRequests(app);
    // As the API reads bodies: as text, through a stream whose events leave the request's async context.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    app.post('/echo', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return { requestId: currentRequestId() ?? null };
    });
    await app.ready();
  });
  afterEach(() => app.close());

  it('answers with the request id the handler ran under, after a body of many chunks was read from the socket', async () => {
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const response = await fetch(`${url}/echo`, { method: 'POST', body: 'x'.repeat(1_000_000), headers: { 'content-type': 'text/plain' } });

    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ requestId: response.headers.get('x-request-id') });
  });

  it("keeps the caller's X-Request-Id when it is well formed", async () => {
    const response = await app.inject({ method: 'POST', url: '/echo', payload: '{}', headers: { 'x-request-id': 'edge-0a1b2c3d4e' } });

    expect(response.headers['x-request-id']).toBe('edge-0a1b2c3d4e');
    expect(response.json()).toEqual({ requestId: 'edge-0a1b2c3d4e' });
  });

  it('gives two requests at once two ids, each seen by its own handler', async () => {
    const [first, second] = await Promise.all([
      app.inject({ method: 'POST', url: '/echo', payload: 'a' }),
      app.inject({ method: 'POST', url: '/echo', payload: 'b' }),
    ]);

    expect(first.headers['x-request-id']).not.toBe(second.headers['x-request-id']);
    expect(first.json()).toEqual({ requestId: first.headers['x-request-id'] });
    expect(second.json()).toEqual({ requestId: second.headers['x-request-id'] });
  });
});
