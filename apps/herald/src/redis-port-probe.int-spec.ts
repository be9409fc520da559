import { createServer } from 'node:http';
import { loadTestSettings } from '@herald/config';
import { probeRedisPort } from './redis-port-probe';

/** The embedded start starts a private Redis only where nothing listens, and refuses a port some other server holds. */
describe('what answers on a Redis port', () => {
  it("finds the machine's Redis", async () => {
    const redis = new URL(loadTestSettings().redisUrl);
    expect(await probeRedisPort(redis.hostname, Number(redis.port || 6379))).toEqual({ kind: 'redis' });
  });

  it('finds nothing on a port no one listens on', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    expect(await probeRedisPort('127.0.0.1', port)).toEqual({ kind: 'nothing' });
  });

  it('tells another server (here HTTP) from a Redis', async () => {
    const server = createServer((_request, response) => response.end('hello')).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const answer = await probeRedisPort('127.0.0.1', (server.address() as { port: number }).port);
      expect(answer.kind).toBe('other');
    } finally {
      server.close();
    }
  });
});
