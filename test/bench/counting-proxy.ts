import { AddressInfo, createConnection, createServer, Server, Socket } from 'node:net';

/** Reads what a client sends, chunk by chunk, for one connection. */
export interface ClientStreamReader {
  feed(chunk: Buffer): void;
}

/**
 * A loopback TCP proxy in front of PostgreSQL or Redis that counts round trips (each time a client
 * speaks again after the server has answered) and hands the client's bytes to a protocol reader.
 * Used only in the benchmark's counting phase, with one request at a time, where a round trip is
 * unambiguous; the figures phases connect directly.
 */
export class CountingProxy {
  roundTrips = 0;
  /** Local ports of the proxy's own connections to the server, as the server (and MONITOR) sees them. */
  readonly upstreamPorts = new Set<number>();
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly upstream: { host: string; port: number },
    newReader: () => ClientStreamReader,
  ) {
    this.server = createServer((client) => this.relay(client, newReader()));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** `url` with its host and port replaced by the proxy's. */
  rewrite(url: string): string {
    const proxied = new URL(url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(this.port);
    return proxied.toString();
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private relay(client: Socket, reader: ClientStreamReader): void {
    const server = createConnection(this.upstream);
    let serverSpokeLast = true;
    this.sockets.add(client).add(server);
    server.on('connect', () => this.upstreamPorts.add(server.localPort!));
    client.on('data', (chunk) => {
      if (serverSpokeLast) this.roundTrips += 1;
      serverSpokeLast = false;
      reader.feed(chunk);
      server.write(chunk);
    });
    server.on('data', (chunk) => {
      serverSpokeLast = true;
      client.write(chunk);
    });
    const close = () => {
      client.destroy();
      server.destroy();
      this.sockets.delete(client);
      this.sockets.delete(server);
    };
    client.on('close', close).on('error', close);
    server.on('close', close).on('error', close);
  }
}

/** Counts the statements a PostgreSQL client runs: each simple Query, and each Execute of the extended protocol, by first keyword. */
export class PgStatementTally {
  readonly byKeyword = new Map<string, number>();

  get total(): number {
    return [...this.byKeyword.values()].reduce((sum, count) => sum + count, 0);
  }

  reset(): void {
    this.byKeyword.clear();
  }

  reader(): ClientStreamReader {
    return new PgClientReader((sql) => {
      const keyword =
        sql
          .trimStart()
          .split(/[\s(;]/, 1)[0]
          .toUpperCase() || '(empty)';
      this.byKeyword.set(keyword, (this.byKeyword.get(keyword) ?? 0) + 1);
    });
  }
}

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

/** The client side of PostgreSQL's wire protocol v3, just enough to see which SQL is run. */
class PgClientReader implements ClientStreamReader {
  private pending = Buffer.alloc(0);
  private started = false;
  private readonly statements = new Map<string, string>();
  private readonly portals = new Map<string, string>();

  constructor(private readonly onStatement: (sql: string) => void) {}

  feed(chunk: Buffer): void {
    this.pending = Buffer.concat([this.pending, chunk]);
    for (;;) {
      // The start-up message (and an SSL or GSS request before it) has a length but no type byte.
      const typed = this.started ? 1 : 0;
      if (this.pending.length < typed + 4) return;
      const length = this.pending.readUInt32BE(typed);
      if (this.pending.length < typed + length) return;
      const body = this.pending.subarray(typed + 4, typed + length);
      if (this.started) this.read(String.fromCharCode(this.pending[0]), body);
      else this.started = ![SSL_REQUEST, GSS_REQUEST].includes(body.readUInt32BE(0));
      this.pending = this.pending.subarray(typed + length);
    }
  }

  private read(type: string, body: Buffer): void {
    const strings = (count: number) => body.toString('utf8').split('\0').slice(0, count);
    if (type === 'Q') this.onStatement(strings(1)[0]);
    if (type === 'P') {
      const [name, sql] = strings(2);
      this.statements.set(name, sql);
    }
    if (type === 'B') {
      const [portal, statement] = strings(2);
      this.portals.set(portal, this.statements.get(statement) ?? '(unknown)');
    }
    if (type === 'E') this.onStatement(this.portals.get(strings(1)[0]) ?? '(unknown)');
  }
}

/** For Redis the proxy only counts round trips; the commands are counted by RedisMonitorTally. */
export const IGNORE_CLIENT_BYTES: () => ClientStreamReader = () => ({ feed: () => undefined });
