import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  Stats,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { Connection, Server, SFTPWrapper, utils } from 'ssh2';

const { STATUS_CODE, OPEN_MODE } = utils.sftp;

interface OpenHandle {
  readonly path: string;
  readonly fd?: number;
  /** Directory handles: whether the listing has been sent. */
  listed?: boolean;
}

/**
 * A real SFTP server (the `ssh2` package's Server) on loopback, serving a temporary folder, for
 * testing the SFTP print provider at its wire protocol. Password authentication only.
 */
export class LoopbackSftp {
  readonly root = mkdtempSync(join(tmpdir(), 'herald-sftp-'));
  readonly username = 'printer';
  readonly password = 'print-secret-1';
  port = 0;
  private server?: Server;
  private readonly connections = new Set<Connection>();

  async start(): Promise<this> {
    const hostKey = aParseableHostKey();
    this.server = new Server({ hostKeys: [hostKey] }, (client) => {
      this.connections.add(client);
      client.on('close', () => this.connections.delete(client));
      client.on('error', () => undefined);
      client.on('authentication', (ctx) => {
        if (ctx.method === 'password' && ctx.username === this.username && ctx.password === this.password) ctx.accept();
        else ctx.reject(['password']);
      });
      client.on('ready', () => {
        client.on('session', (acceptSession) => {
          acceptSession().on('sftp', (acceptSftp) => this.serve(acceptSftp()));
        });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  /** PRINT_SFTP_URL for Herald, with the folder batches go to. */
  url(path = '/print'): string {
    return `sftp://${this.username}@127.0.0.1:${this.port}${path}`;
  }

  /** A path on the server, as a local file path in the served folder. */
  local(remotePath: string): string {
    return join(this.root, posix.resolve('/', remotePath));
  }

  /** Puts a file on the server, as the print provider would. */
  put(remotePath: string, content: string | Buffer): void {
    mkdirSync(posix.dirname(this.local(remotePath)), { recursive: true });
    writeFileSync(this.local(remotePath), content);
  }

  /** Names in a folder on the server (empty when it does not exist). */
  list(remotePath: string): string[] {
    try {
      return readdirSync(this.local(remotePath)).sort();
    } catch {
      return [];
    }
  }

  read(remotePath: string): Buffer {
    return readFileSync(this.local(remotePath));
  }

  async stop(): Promise<void> {
    for (const connection of this.connections) connection.end();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    rmSync(this.root, { recursive: true, force: true });
  }

  private serve(sftp: SFTPWrapper): void {
    const handles = new Map<number, OpenHandle>();
    let nextHandle = 1;
    const handleOf = (buffer: Buffer): OpenHandle | undefined => (buffer.length === 4 ? handles.get(buffer.readUInt32BE(0)) : undefined);
    const newHandle = (handle: OpenHandle): Buffer => {
      const id = nextHandle++;
      handles.set(id, handle);
      const buffer = Buffer.alloc(4);
      buffer.writeUInt32BE(id, 0);
      return buffer;
    };
    const attempt = (reqid: number, work: () => void): void => {
      try {
        work();
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        sftp.status(reqid, code === 'ENOENT' ? STATUS_CODE.NO_SUCH_FILE : code === 'EACCES' ? STATUS_CODE.PERMISSION_DENIED : STATUS_CODE.FAILURE);
      }
    };
    const attrsOf = (stats: Stats) => ({
      mode: stats.mode,
      uid: 0,
      gid: 0,
      size: stats.size,
      atime: Math.floor(stats.atimeMs / 1000),
      mtime: Math.floor(stats.mtimeMs / 1000),
    });

    sftp.on('REALPATH', (reqid, path) => {
      const resolved = posix.resolve('/', path);
      sftp.name(reqid, [{ filename: resolved, longname: resolved, attrs: { mode: 0o040755, uid: 0, gid: 0, size: 0, atime: 0, mtime: 0 } }]);
    });
    for (const event of ['STAT', 'LSTAT'] as const) {
      sftp.on(event, (reqid: number, path: string) => attempt(reqid, () => sftp.attrs(reqid, attrsOf(statSync(this.local(path))))));
    }
    sftp.on('FSTAT', (reqid, buffer) => {
      const handle = handleOf(buffer);
      if (!handle) return sftp.status(reqid, STATUS_CODE.FAILURE);
      attempt(reqid, () => sftp.attrs(reqid, attrsOf(statSync(this.local(handle.path)))));
    });
    sftp.on('MKDIR', (reqid, path) =>
      attempt(reqid, () => {
        mkdirSync(this.local(path));
        sftp.status(reqid, STATUS_CODE.OK);
      }),
    );
    sftp.on('RMDIR', (reqid, path) =>
      attempt(reqid, () => {
        rmdirSync(this.local(path));
        sftp.status(reqid, STATUS_CODE.OK);
      }),
    );
    sftp.on('REMOVE', (reqid, path) =>
      attempt(reqid, () => {
        unlinkSync(this.local(path));
        sftp.status(reqid, STATUS_CODE.OK);
      }),
    );
    sftp.on('RENAME', (reqid, from, to) =>
      attempt(reqid, () => {
        renameSync(this.local(from), this.local(to));
        sftp.status(reqid, STATUS_CODE.OK);
      }),
    );
    for (const event of ['SETSTAT', 'FSETSTAT'] as const) sftp.on(event, (reqid: number) => sftp.status(reqid, STATUS_CODE.OK));
    sftp.on('OPEN', (reqid, path, flags) =>
      attempt(reqid, () => {
        const writing = (flags & OPEN_MODE.WRITE) !== 0;
        const mode = writing ? ((flags & OPEN_MODE.APPEND) !== 0 ? 'a' : (flags & OPEN_MODE.TRUNC) !== 0 || (flags & OPEN_MODE.CREAT) !== 0 ? 'w' : 'r+') : 'r';
        sftp.handle(reqid, newHandle({ path, fd: openSync(this.local(path), mode) }));
      }),
    );
    sftp.on('WRITE', (reqid, buffer, offset, data) => {
      const handle = handleOf(buffer);
      if (handle?.fd === undefined) return sftp.status(reqid, STATUS_CODE.FAILURE);
      attempt(reqid, () => {
        writeSync(handle.fd!, data, 0, data.length, offset);
        sftp.status(reqid, STATUS_CODE.OK);
      });
    });
    sftp.on('READ', (reqid, buffer, offset, length) => {
      const handle = handleOf(buffer);
      if (handle?.fd === undefined) return sftp.status(reqid, STATUS_CODE.FAILURE);
      attempt(reqid, () => {
        const data = Buffer.alloc(length);
        const read = readSync(handle.fd!, data, 0, length, offset);
        if (read === 0) sftp.status(reqid, STATUS_CODE.EOF);
        else sftp.data(reqid, data.subarray(0, read));
      });
    });
    sftp.on('OPENDIR', (reqid, path) =>
      attempt(reqid, () => {
        if (!statSync(this.local(path)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
        sftp.handle(reqid, newHandle({ path }));
      }),
    );
    sftp.on('READDIR', (reqid, buffer) => {
      const handle = handleOf(buffer);
      if (!handle || handle.fd !== undefined) return sftp.status(reqid, STATUS_CODE.FAILURE);
      if (handle.listed) return sftp.status(reqid, STATUS_CODE.EOF);
      handle.listed = true;
      attempt(reqid, () => {
        const names = readdirSync(this.local(handle.path)).map((name) => {
          const stats = statSync(join(this.local(handle.path), name));
          return {
            filename: name,
            longname: `${stats.isDirectory() ? 'd' : '-'}rw-r--r-- 1 printer printer ${stats.size} Jan 1 00:00 ${name}`,
            attrs: attrsOf(stats),
          };
        });
        if (names.length === 0) sftp.status(reqid, STATUS_CODE.EOF);
        else sftp.name(reqid, names);
      });
    });
    sftp.on('CLOSE', (reqid, buffer) => {
      const handle = handleOf(buffer);
      if (!handle) return sftp.status(reqid, STATUS_CODE.FAILURE);
      handles.delete(buffer.readUInt32BE(0));
      if (handle.fd !== undefined) closeSync(handle.fd);
      sftp.status(reqid, STATUS_CODE.OK);
    });
  }
}

/**
 * An ed25519 host key ssh2 can read back: about 1 in 256 of the keys its generateKeyPairSync makes
 * have a public key starting with a zero byte, which it strips, and then cannot parse its own key
 * ("Malformed OpenSSH private key", mscdex/ssh2#1513). Such a key is thrown away and another made.
 */
function aParseableHostKey(): string {
  for (let tries = 0; tries < 20; tries++) {
    const pair = utils.generateKeyPairSync('ed25519');
    if (!(utils.parseKey(pair.private) instanceof Error) && !(utils.parseKey(pair.public) instanceof Error)) return pair.private;
  }
  throw new Error('ssh2 made 20 host keys in a row that it cannot read');
}
