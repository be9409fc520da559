import Redis, { Cluster, ClusterOptions, RedisOptions } from 'ioredis';

/** A connection to Herald's Redis: one server, or a Redis Cluster found through one of its nodes. */
export type RedisClient = Redis | Cluster;

/** Where Herald's Redis is (HeraldConfig's settings; a test's partial config may leave `redisCluster` out: one server). */
export interface RedisTarget {
  readonly redisUrl: string;
  readonly redisCluster?: boolean;
}

/** BullMQ's default reconnection delay, for the queues' cluster connection as BullMQ gives its own. */
const QUEUE_RETRY = (attempt: number): number => Math.max(Math.min(Math.exp(attempt), 20_000), 1000);

/**
 * Opens a connection to Herald's Redis with the caller's options. On a cluster (REDIS_CLUSTER),
 * REDIS_URL names a seed node and ioredis discovers the others and follows the slots as they move;
 * the options then apply to each node's connection, except those that belong to the cluster as a
 * whole (reconnecting, the offline queue, lazy connection, auto-pipelining), which move there.
 * Every key Herald writes carries QUEUE_PREFIX's hash tag, so scripts and MULTI stay within a slot.
 */
export function openRedis(target: RedisTarget, options: RedisOptions = {}): RedisClient {
  if (!target.redisCluster) return new Redis(target.redisUrl, options);
  const seed = new URL(target.redisUrl);
  return new Cluster([{ host: seed.hostname, port: Number(seed.port || 6379) }], clusterOptions(seed, options));
}

/**
 * BullMQ's `connection`. On one server, options: every queue and worker opens (and closes) its own
 * connection as before. On a cluster, BullMQ needs a Cluster instance: the queues and workers share it
 * (libs/queue's SharedQueueConnection closes it), and each worker duplicates it for its blocking reads.
 */
export function queueConnection(target: RedisTarget): { url: string; maxRetriesPerRequest: null } | Cluster {
  if (!target.redisCluster) return { url: target.redisUrl, maxRetriesPerRequest: null };
  return openRedis(target, { maxRetriesPerRequest: null, retryStrategy: QUEUE_RETRY }) as Cluster;
}

/** Whether a BullMQ queue was given a connection instance (shared, so never closed by BullMQ) rather than options. */
export function isSharedConnection(connection: unknown): connection is RedisClient {
  return connection instanceof Redis || connection instanceof Cluster;
}

function clusterOptions(seed: URL, options: RedisOptions): ClusterOptions {
  // The cluster's own options; the rest are each node's.
  const { retryStrategy, enableOfflineQueue, lazyConnect, enableAutoPipelining, readOnly: _readOnly, ...nodeOptions } = options;
  const tls = seed.protocol === 'rediss:';
  return {
    // Reads and writes both go to the slot's master: Herald reads what it has just written.
    scaleReads: 'master',
    // A busy node may take more than ioredis's default second to list the slots.
    slotsRefreshTimeout: 2000,
    ...(retryStrategy ? { clusterRetryStrategy: retryStrategy } : {}),
    ...(enableOfflineQueue === undefined ? {} : { enableOfflineQueue }),
    ...(lazyConnect === undefined ? {} : { lazyConnect }),
    ...(enableAutoPipelining === undefined ? {} : { enableAutoPipelining }),
    // With TLS, nodes are reached by the names they announce, so that certificates match them.
    ...(tls ? { dnsLookup: (address: string, callback: (error: null, address: string) => void) => callback(null, address) } : {}),
    redisOptions: {
      ...nodeOptions,
      ...(seed.username ? { username: decodeURIComponent(seed.username) } : {}),
      ...(seed.password ? { password: decodeURIComponent(seed.password) } : {}),
      ...(tls ? { tls: {} } : {}),
    },
  };
}
