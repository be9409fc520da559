import { createConnection, Socket } from 'node:net';

/**
 * Counts the Redis commands some clients run, including the commands inside their Lua scripts
 * (BullMQ adds a job with one EVALSHA that runs several commands), through Redis's MONITOR: a line
 * per command with the client's address, and `[0 lua]` lines right after a script's own line
 * (scripts run atomically, so nothing comes between). Only clients whose local port is in `ports`
 * count, so other users of the same Redis do not. MONITOR slows Redis for everyone a little: it
 * is on only for the short counting phase.
 */
export class RedisMonitorTally {
  /** Commands the clients sent, by name. */
  readonly sent = new Map<string, number>();
  /** Commands run inside the clients' scripts. */
  inScripts = 0;
  private socket?: Socket;
  private pending = '';
  private lastWasOurs = false;
  private onOk?: () => void;

  constructor(
    private readonly redisUrl: string,
    private readonly ports: ReadonlySet<number>,
  ) {}

  get sentTotal(): number {
    return [...this.sent.values()].reduce((sum, count) => sum + count, 0);
  }

  async start(): Promise<void> {
    const url = new URL(this.redisUrl);
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 6379) });
    this.socket = socket;
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    if (url.password) socket.write(`AUTH ${decodeURIComponent(url.username || 'default')} ${decodeURIComponent(url.password)}\r\n`);
    // MONITOR answers +OK before the first command line: wait for it so nothing is missed.
    const ok = new Promise<void>((resolve) => (this.onOk = resolve));
    socket.on('data', (chunk) => this.read(chunk.toString('latin1')));
    socket.write('MONITOR\r\n');
    await ok;
  }

  async stop(): Promise<void> {
    this.socket?.end();
    this.socket?.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  private read(text: string): void {
    const lines = (this.pending + text).split('\r\n');
    this.pending = lines.pop() ?? '';
    if (lines.includes('+OK')) this.onOk?.();
    for (const line of lines) this.count(line);
  }

  private count(line: string): void {
    // +1796444775.099919 [0 127.0.0.1:50804] "EVAL" "..."   or   +1796444775.100007 [0 lua] "set" "..."
    const match = /^\+\d+\.\d+ \[\d+ ([^\]]+)\] "([^"]+)"/.exec(line);
    if (!match) return;
    const [, client, command] = match;
    if (client === 'lua') {
      if (this.lastWasOurs) this.inScripts += 1;
      return;
    }
    const port = Number(client.slice(client.lastIndexOf(':') + 1));
    this.lastWasOurs = this.ports.has(port);
    if (this.lastWasOurs) this.sent.set(command.toUpperCase(), (this.sent.get(command.toUpperCase()) ?? 0) + 1);
  }
}
