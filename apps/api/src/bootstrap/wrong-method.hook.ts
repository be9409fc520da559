import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { METHOD_NOT_ALLOWED_BODY } from '../public/errors/notify-error-bodies';

const METHODS: readonly HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

/**
 * Fastify answers a known path asked with the wrong method as an unknown one (404); Notify
 * answers 405 in its legacy shape (docs/api-contract.md §4.1). Only requests the router did not match pay for
 * the look-up.
 */
export function answerWrongMethodWith405(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.is404) return;
    const url = routedPath(request.url);
    if (METHODS.some((method) => method !== request.method && fastify.findRoute({ method, url }) !== null)) {
      await reply.code(405).send(METHOD_NOT_ALLOWED_BODY);
    }
  });
}

/** The path as the router matches it: no query, duplicate and trailing slashes ignored. */
function routedPath(url: string): string {
  const path = url.split('?')[0].replace(/\/{2,}/g, '/');
  return path.length > 1 ? path.replace(/\/$/, '') : path;
}
