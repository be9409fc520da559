import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@herald/persistence';
import { freePort } from './free-port';

const run = promisify(execFile);
const DATABASE = 'herald';

/**
 * A PostgreSQL cluster of the test's own (initdb into a temporary folder, a free port), made with
 * the machine's PostgreSQL binaries, which the test may restart. PostgreSQL refuses to run as
 * root, so as root the cluster belongs to the `postgres` user and is driven through runuser.
 */
export class OwnPostgres {
  private readonly dir = mkdtempSync(join(tmpdir(), 'herald-fault-pg-'));
  private readonly bin = postgresBinaries();
  private readonly asRoot = process.getuid?.() === 0;
  port = 0;

  async start(): Promise<this> {
    this.port = await freePort();
    if (this.asRoot) {
      const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim()));
      chownSync(this.dir, uid, gid);
    }
    await this.pg('initdb', ['-D', this.dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    await this.pgCtl('start');
    const admin = new Client({ connectionString: this.urlOf('postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${DATABASE}`).finally(() => admin.end());
    const dataSource = await new DataSource(dataSourceOptions({ database: { type: 'postgres', url: this.url } })).initialize();
    await runMigrations(dataSource).finally(() => dataSource.destroy());
    return this;
  }

  /** Herald's database in this cluster, migrated. */
  get url(): string {
    return this.urlOf(DATABASE);
  }

  /** `pg_ctl restart -m fast`: every connection is cut, and the server is back when it resolves. */
  async restart(): Promise<void> {
    await this.pgCtl('restart', ['-m', 'fast']);
  }

  async stop(): Promise<void> {
    if (existsSync(join(this.dataDir, 'postmaster.pid'))) await this.pgCtl('stop', ['-m', 'immediate']).catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  private urlOf(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  private pgCtl(action: string, extra: string[] = []): Promise<unknown> {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
    return this.pg('pg_ctl', [action, '-w', '-t', '60', '-D', this.dataDir, '-l', join(this.dir, 'server.log'), '-o', options, ...extra]);
  }

  private pg(program: string, args: string[]): Promise<unknown> {
    const path = join(this.bin, program);
    return this.asRoot ? run('runuser', ['-u', 'postgres', '--', path, ...args], { cwd: this.dir }) : run(path, args, { cwd: this.dir });
  }
}

/** The newest installed PostgreSQL's bin folder (Debian layout: /usr/lib/postgresql/<version>/bin). */
function postgresBinaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((name) => existsSync(join(root, name, 'bin', 'initdb'))) : [];
  if (versions.length === 0) throw new Error(`No PostgreSQL binaries under ${root}/<version>/bin: install the postgresql package`);
  return join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}
