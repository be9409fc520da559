import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { badRequestBody } from '../public/errors/notify-error-bodies';
import { RESPONSE_HEADERS } from './response-headers';

/** Fastify's default; a UUID needs 36. */
export const MAX_PARAM_LENGTH = 100;

/**
 * What Fastify's router refuses before any hook or handler runs (a bad percent-encoding, an
 * over-long path parameter), answered in Notify's envelope instead of Fastify's own shape.
 */
export function answerRouterError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const [status, message] = routerRefusal(error);
  void reply.code(status).headers(RESPONSE_HEADERS).send(badRequestBody(status, message));
}

function routerRefusal(error: FastifyError): [number, string] {
  switch (error.code) {
    case 'FST_ERR_BAD_URL':
      return [400, 'The URL is not valid: check its percent-encoding'];
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return [414, `A path parameter is longer than ${MAX_PARAM_LENGTH} characters`];
    default:
      return [400, 'The URL could not be routed'];
  }
}

const CLIENT_ERRORS: Readonly<Record<string, readonly [number, string, string]>> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'Request header fields too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'The request took too long to arrive'],
};

/**
 * Node's HTTP server refuses what it cannot parse (headers over its limit, a malformed request
 * line) before Fastify sees a request; the answer is written to the socket in Notify's envelope.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  const [status, reason, message] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'Bad Request', 'The request could not be read as HTTP'];
  const body = JSON.stringify(badRequestBody(status, message));
  const headers = { ...RESPONSE_HEADERS, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  // Destroyed once written: the client may never close its half, and the server would wait for it.
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${head}\r\n${body}`, () => socket.destroy());
}
