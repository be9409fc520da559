import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import type { AuthenticatedRequest } from './api-key.guard';

const PUBLIC_ROUTE = /^\/v2\//;

/**
 * Authenticates every /v2 route as the request arrives, before its body is read (Fastify parses
 * bodies before any Nest guard runs): a caller without a valid key is answered at once, and
 * cannot make the server hold megabytes of body first. ApiKeyGuard then finds the key here.
 */
@Injectable()
export class ApiKeyHook implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly authenticator: ApiKeyAuthenticator,
  ) {}

  onModuleInit(): void {
    // An application context without HTTP (a script loading the module) has nothing to hook.
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    fastify.addHook('onRequest', async (request, reply) => {
      // Unknown paths are answered 404/405 without a key, as Notify does.
      if (request.is404 || !PUBLIC_ROUTE.test(request.routeOptions.url ?? '')) return;
      const keyed = request as FastifyRequest & AuthenticatedRequest;
      const header = request.headers.authorization;
      try {
        keyed.authenticatedKey = await this.authenticator.authenticate(header, new Date(), (key) => (keyed.matchedKey = key));
      } catch (error) {
        // The unread body is not wanted: closing the connection stops the client sending it.
        if (hasBody(request)) reply.header('connection', 'close');
        throw error;
      }
    });
  }
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
