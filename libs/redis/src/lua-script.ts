import { createHash } from 'node:crypto';
import type { RedisClient } from './redis-connection';

/**
 * A Lua script run by EVALSHA, and by EVAL when Redis does not have it yet (NOSCRIPT: a restart,
 * SCRIPT FLUSH), which also caches it there. One command, so one round trip, and on a client
 * with auto-pipelining it travels with the other commands of the moment.
 */
export class LuaScript {
  private readonly sha: string;

  constructor(private readonly lua: string) {
    this.sha = createHash('sha1').update(lua).digest('hex');
  }

  async run(client: RedisClient, keys: readonly string[], args: ReadonlyArray<string | number>): Promise<unknown> {
    try {
      return await client.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return client.eval(this.lua, keys.length, ...keys, ...args);
    }
  }
}
