import type { FastifyInstance } from 'fastify';
import { UPLOAD_CONTENT_TYPE } from '@herald/contracts';

/**
 * A bulk-send file arrives with its own content type and stays a stream: the handler reads it
 * row by row, so a 100,000-row file is never held in memory (nor limited by the JSON body limit).
 */
export function acceptUploadStreams(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(UPLOAD_CONTENT_TYPE, (_request, payload, done) => done(null, payload));
}
