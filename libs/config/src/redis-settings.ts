import { ConfigError } from './config-error';
import { ConfigVariable } from './config-variables';

type Reader = (name: ConfigVariable) => string | undefined;

export interface RedisSettings {
  readonly redisCluster: boolean;
  readonly queuePrefix: string;
}

/**
 * REDIS_CLUSTER and QUEUE_PREFIX. On a cluster, REDIS_URL names a node to start from (there is no
 * default node to guess), and every key Herald writes must hash to one slot: BullMQ's scripts, the
 * limits' Lua and MULTI each touch several keys at once. QUEUE_PREFIX's `{hash tag}` does that.
 */
export function loadRedisSettings(read: Reader): RedisSettings {
  const cluster = read('REDIS_CLUSTER') ?? 'false';
  if (cluster !== 'true' && cluster !== 'false') throw new ConfigError('REDIS_CLUSTER', `must be one of true, false, not "${cluster}"`);
  const queuePrefix = read('QUEUE_PREFIX') ?? '{herald}';
  if (cluster === 'true') {
    const url = read('REDIS_URL');
    if (url === undefined) {
      throw new ConfigError('REDIS_URL', 'is required when REDIS_CLUSTER=true: set it to one node of the cluster, e.g. redis://10.0.0.5:6379');
    }
    if (databaseOf(url) !== 0) throw new ConfigError('REDIS_URL', 'must use database 0 (or none) when REDIS_CLUSTER=true: a Redis Cluster has only database 0');
    if (hashTagOf(queuePrefix) === null) {
      throw new ConfigError(
        'QUEUE_PREFIX',
        `must contain a {hash tag} when REDIS_CLUSTER=true, e.g. {${queuePrefix.replace(/[{}]/g, '') || 'herald'}}, so that all of Herald's keys share one cluster slot; "${queuePrefix}" has none`,
      );
    }
  }
  return { redisCluster: cluster === 'true', queuePrefix };
}

/** The part of a key Redis Cluster hashes: between the first `{` and the first `}` after it, when not empty. */
export function hashTagOf(key: string): string | null {
  const open = key.indexOf('{');
  if (open === -1) return null;
  const close = key.indexOf('}', open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : null;
}

function databaseOf(url: string): number {
  try {
    const path = new URL(url).pathname.replace(/^\//, '');
    return path === '' ? 0 : Number(path);
  } catch {
    return 0; // the URL's own check names the problem
  }
}
