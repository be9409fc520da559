import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import type { HeraldConfig } from '@herald/config';
import { assertRedisReachable } from '@herald/redis';
import { findOnPath, PrivateRedisServer } from './private-redis-server';
import { probeRedisPort } from './redis-port-probe';
import { StartupError } from './startup-error';

const INSTALL_HINT =
  'Install Redis (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) and run npm start again, or set REDIS_URL to a Redis you run.';

/**
 * The Redis of the embedded start. With REDIS_URL set, that Redis must answer (nothing is
 * started). Without it, a Redis already on the default address is used; if nothing listens there,
 * a private redis-server from the PATH is started on that address (so the CLI in another terminal
 * finds it too), with its data under DATA_DIR/redis. Returns the private server, if one was started.
 */
export async function embeddedRedis(config: HeraldConfig, logger: Logger): Promise<PrivateRedisServer | null> {
  if (!config.redisUrlIsDefault) {
    await assertRedisReachable(config.redisUrl).catch((error: Error) => Promise.reject(new StartupError(error.message)));
    return null;
  }
  const url = new URL(config.redisUrl);
  const host = url.hostname;
  const port = Number(url.port || 6379);
  const where = `${host}:${port}`;
  const answer = await probeRedisPort(host, port);
  if (answer.kind === 'redis') {
    await assertRedisReachable(config.redisUrl).catch((error: Error) => Promise.reject(new StartupError(error.message)));
    return null;
  }
  if (answer.kind === 'other') {
    throw new StartupError(
      `Something that is not Redis is listening on ${where} (${answer.detail}). Stop it, or set REDIS_URL to the Redis Herald should use.`,
    );
  }
  const executable = findOnPath('redis-server');
  if (!executable) throw new StartupError(`No Redis on ${where}, and no redis-server on the PATH to start one. ${INSTALL_HINT}`);
  const dataDir = join(config.dataDir, 'redis');
  const server = await PrivateRedisServer.start(executable, host, port, dataDir);
  logger.log(`No Redis on ${where}: started a private redis-server on ${where} (data in ${dataDir}); it stops when Herald stops.`);
  return server;
}
