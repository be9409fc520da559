import { connect, Socket } from 'node:net';
import { loadConfig } from '@herald/config';
import { bearerFor, HeraldUnderTest } from '@herald/testing';
import { ApiProcess } from './support/api-process';
import { faultSettings } from './support/fault-settings';

/** What an orchestrator allows between SIGTERM and SIGKILL (docker stop, Kubernetes: 10 s). */
const EXIT_WITHIN_SECONDS = 10;

/**
 * Issue 14, point 9. On SIGTERM the API stops taking connections, answers the request in hand (a
 * send whose body was still arriving is stored and answered 201) and exits 0 within 10 s.
 */
describe('the API told to stop with SIGTERM', () => {
  const started: Array<{ stop(): Promise<unknown> }> = [];
  afterEach(async () => {
    for (const thing of started.splice(0).reverse()) await thing.stop();
  });

  it('answers the send in hand, refuses new connections, and exits 0 within 10 s', async () => {
    const settings = await faultSettings({ LOG_LEVEL: 'log' });
    const herald = await HeraldUnderTest.start(loadConfig({ ...settings, LOG_LEVEL: 'error' }));
    started.push(herald);
    const service = await herald.scenario.aService();
    const key = await herald.scenario.anApiKey(service.id);
    const template = await herald.scenario.anEmailTemplate(service.id);
    const api = await new ApiProcess(settings).start();
    started.push(api);

    const body = JSON.stringify({
      template_id: template.id,
      email_address: 'someone@example.com',
      personalisation: { name: 'Sam', date: 'Monday' },
      reference: 'in-hand',
    });
    const half = Math.floor(body.length / 2);
    const socket = await opened(api.url);
    const answer = responseOf(socket);
    // `Expect: 100-continue`: the server's interim answer shows the request is in its hands before SIGTERM is sent.
    const inHand = continued(socket);
    socket.write(
      [
        'POST /v2/notifications/email HTTP/1.1',
        `Host: ${new URL(api.url).host}`,
        `Authorization: ${bearerFor(key.serviceId, key.secret)}`,
        'Content-Type: application/json',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Expect: 100-continue',
        '',
        '',
      ].join('\r\n'),
    );
    await inHand;
    socket.write(body.slice(0, half));

    const ending = api.terminate();
    await api.printed('SIGTERM: answering the requests in hand');
    await expect(fetch(`${api.url}/_status?simple`)).rejects.toThrow();
    socket.write(body.slice(half));

    const response = await answer;
    expect(response.split('\r\n')[0]).toBe('HTTP/1.1 201 Created');
    const id = (JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4)) as { id: string }).id;
    const ended = await ending;
    console.log(`[API shutdown] exit code ${ended.code}, signal ${ended.signal}, ${ended.seconds.toFixed(1)} s after SIGTERM`);
    expect({ code: ended.code, signal: ended.signal }).toEqual({ code: 0, signal: null });
    expect(ended.seconds).toBeLessThan(EXIT_WITHIN_SECONDS);
    expect(api.output).toContain('API stopped');

    const stored = await fetch(`${herald.baseUrl}/v2/notifications/${id}`, { headers: { Authorization: bearerFor(key.serviceId, key.secret) } });
    expect(stored.status).toBe(200);
    expect(((await stored.json()) as { reference: string }).reference).toBe('in-hand');
  }, 180_000);
});

function opened(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.once('error', reject);
  });
}

const CONTINUE = 'HTTP/1.1 100 Continue\r\n\r\n';

/** Resolves once the server has sent `100 Continue`. */
function continued(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (!text.startsWith(CONTINUE)) return;
      socket.off('data', onData);
      resolve();
    };
    socket.on('data', onData);
    socket.once('error', reject);
  });
}

/** The whole final response (after any `100 Continue`), once the server closes the connection or the body's length has arrived. */
function responseOf(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    let text = '';
    const complete = () => {
      const end = text.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(text.slice(0, end));
      return end >= 0 && length !== null && Buffer.byteLength(text.slice(end + 4)) >= Number(length[1]);
    };
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
      text = received.startsWith(CONTINUE) ? received.slice(CONTINUE.length) : received;
      if (complete()) resolve(text);
    });
    socket.once('close', () => resolve(text));
    socket.once('error', reject);
  });
}
