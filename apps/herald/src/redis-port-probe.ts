import { connect } from 'node:net';

/** What answers on a TCP port: a Redis, nothing at all, or something else (with what it said). */
export type RedisPortAnswer = { readonly kind: 'redis' } | { readonly kind: 'nothing' } | { readonly kind: 'other'; readonly detail: string };

/**
 * Asks host:port for PING in Redis's protocol. `+PONG` (or a Redis error such as NOAUTH: it is a
 * Redis, with a password) means Redis; a refused connection means nothing listens; anything else,
 * including silence, is some other server.
 */
export function probeRedisPort(host: string, port: number, timeoutMs = 2000): Promise<RedisPortAnswer> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let reply = '';
    const finish = (answer: RedisPortAnswer) => {
      socket.destroy();
      clearTimeout(timer);
      resolve(answer);
    };
    const timer = setTimeout(() => finish({ kind: 'other', detail: `no Redis answer within ${timeoutMs} ms` }), timeoutMs);
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      if (!reply.includes('\r\n')) return;
      const isRedis = reply.startsWith('+PONG') || /^-(NOAUTH|WRONGPASS|ERR|DENIED)/.test(reply);
      finish(isRedis ? { kind: 'redis' } : { kind: 'other', detail: `it answered ${JSON.stringify(reply.slice(0, 40))}` });
    });
    socket.on('error', (error: NodeJS.ErrnoException) =>
      finish(error.code === 'ECONNREFUSED' ? { kind: 'nothing' } : { kind: 'other', detail: error.message }),
    );
    socket.on('close', () => finish({ kind: 'other', detail: 'it closed the connection without answering' }));
  });
}
