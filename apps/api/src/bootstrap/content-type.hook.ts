import type { FastifyInstance } from 'fastify';

// RFC 9110's `type/subtype`, optionally followed by parameters, as Fastify reads it.
const TOKEN = "[\\w!#$%&'*+.^`|~-]+";
const MEDIA_TYPE = new RegExp(`^\\s*${TOKEN}/${TOKEN}\\s*(;|$)`);

/**
 * Notify parses a body whatever its Content-Type (docs/api-contract.md §4.2), but Fastify refuses one it cannot
 * read (`!!!`, `application/json, text/html`) before any handler. Such a header is dropped, so
 * the body reaches the catch-all text parser like any other.
 */
export function ignoreUnreadableContentTypes(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    const contentType = request.raw.headers['content-type'];
    if (contentType !== undefined && !MEDIA_TYPE.test(contentType)) delete request.raw.headers['content-type'];
    done();
  });
}
