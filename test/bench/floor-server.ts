import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { Queue } from 'bullmq';
import Fastify, { FastifyInstance } from 'fastify';
import { Pool } from 'pg';

/**
 * The floor: a bare Fastify endpoint doing only the irreducible work of an accepted send (verify
 * an HS256 JWT, insert one row in PostgreSQL, add one BullMQ job whose id is the row's id), run as
 * a child process by floor-process.ts. Herald's accept rate is reported against it. It receives
 * its settings over IPC (`{ start: FloorSettings }`), answers `{ port }`, and closes on SIGTERM.
 */
export interface FloorSettings {
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly queuePrefix: string;
  /** The one API key it accepts: the token's iss and the HMAC secret. */
  readonly serviceId: string;
  readonly secret: string;
  /** PostgreSQL connections, as many as one Herald process has. */
  readonly poolSize: number;
}

export const FLOOR_TABLE = 'floor_notifications';
const CLOCK_SKEW_SECONDS = 30;
const CHANNELS = ['email', 'sms'] as const;
type Channel = (typeof CHANNELS)[number];

/** A notification row with one index to list a service's notifications by date, as any real table has. */
const CREATE_TABLE = `
  CREATE TABLE IF NOT EXISTS ${FLOOR_TABLE} (
    id uuid PRIMARY KEY,
    service_id uuid NOT NULL,
    template_id uuid NOT NULL,
    recipient text NOT NULL,
    personalisation jsonb,
    status text NOT NULL,
    created_at timestamptz NOT NULL
  );
  CREATE INDEX IF NOT EXISTS ${FLOOR_TABLE}_service_created ON ${FLOOR_TABLE} (service_id, created_at DESC);`;
const INSERT = {
  name: 'floor-insert-notification',
  text: `INSERT INTO ${FLOOR_TABLE} (id, service_id, template_id, recipient, personalisation, status, created_at) VALUES ($1, $2, $3, $4, $5, 'created', now())`,
};

interface SendBody {
  template_id?: unknown;
  email_address?: unknown;
  phone_number?: unknown;
  personalisation?: unknown;
  reference?: unknown;
}

/** Notify's token check reduced to its work: HMAC-SHA256 compared in constant time, alg, iss and iat. */
export function verifiesToken(authorization: string | undefined, settings: Pick<FloorSettings, 'serviceId' | 'secret'>, nowSeconds: number): boolean {
  if (!authorization?.startsWith('Bearer ')) return false;
  const [header, claims, signature] = authorization.slice(7).split('.');
  if (!header || !claims || !signature) return false;
  const expected = createHmac('sha256', settings.secret).update(`${header}.${claims}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  try {
    const { alg } = JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: unknown };
    const { iss, iat } = JSON.parse(Buffer.from(claims, 'base64url').toString()) as { iss?: unknown; iat?: unknown };
    return alg === 'HS256' && iss === settings.serviceId && typeof iat === 'number' && Math.abs(iat - nowSeconds) <= CLOCK_SKEW_SECONDS;
  } catch {
    return false;
  }
}

async function startFloor(settings: FloorSettings): Promise<{ app: FastifyInstance; close: () => Promise<void> }> {
  const pool = new Pool({ connectionString: settings.databaseUrl, max: settings.poolSize });
  await pool.query(CREATE_TABLE);
  const connection = { url: settings.redisUrl, maxRetriesPerRequest: null };
  const queues = Object.fromEntries(
    CHANNELS.map((channel) => [channel, new Queue(`floor-send-${channel}`, { connection, prefix: settings.queuePrefix })]),
  ) as Record<Channel, Queue>;
  const app = Fastify({ logger: false });
  app.post<{ Params: { channel: string }; Body: SendBody }>('/v2/notifications/:channel', async (request, reply) => {
    const channel = request.params.channel as Channel;
    if (!CHANNELS.includes(channel)) return reply.code(404).send({ status_code: 404, errors: [{ error: 'NotFound' }] });
    if (!verifiesToken(request.headers.authorization, settings, Date.now() / 1000)) {
      return reply.code(403).send({ status_code: 403, errors: [{ error: 'AuthError' }] });
    }
    const body = request.body ?? {};
    const recipient = channel === 'email' ? body.email_address : body.phone_number;
    if (typeof body.template_id !== 'string' || typeof recipient !== 'string') {
      return reply.code(400).send({ status_code: 400, errors: [{ error: 'ValidationError' }] });
    }
    const id = randomUUID();
    await pool.query({ ...INSERT, values: [id, settings.serviceId, body.template_id, recipient, JSON.stringify(body.personalisation ?? {})] });
    await queues[channel].add('deliver', { notificationId: id }, { jobId: id, attempts: 5, backoff: { type: 'exponential', delay: 1000 } });
    return reply.code(201).send({ id, reference: body.reference ?? null, template: { id: body.template_id } });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    close: async () => {
      await app.close();
      await Promise.all(Object.values(queues).map((queue) => queue.close()));
      await pool.end();
    },
  };
}

/** The child's side of the IPC: start on `{ start }`, report the port, close on SIGTERM. */
function serveOverIpc(): void {
  let close: (() => Promise<void>) | undefined;
  process.on('message', (message: { start?: FloorSettings }) => {
    if (message.start) {
      startFloor(message.start)
        .then((floor) => {
          close = floor.close;
          process.send!({ port: (floor.app.server.address() as { port: number }).port });
        })
        .catch((error: unknown) => {
          console.error('The floor could not start:', error);
          process.exit(1);
        });
    }
  });
  process.on('SIGTERM', () => void (close?.() ?? Promise.resolve()).finally(() => process.exit(0)));
}

if (require.main === module) serveOverIpc();
