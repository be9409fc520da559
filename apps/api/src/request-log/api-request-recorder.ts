import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedKey, MatchedKey } from '../public/auth/api-key-authenticator';
import { ApiRequestLog } from './api-request-log';

interface KeyedRequest {
  authenticatedKey?: AuthenticatedKey;
  matchedKey?: MatchedKey;
}

const PUBLIC_PATH = /^\/v2(\/|$)/;
const MAX_ERROR_LENGTH = 500;
const MAX_ERROR_BODY = 64 * 1024;

/**
 * Records each public API request whose token matched one of a service's keys (so a revoked key's
 * refusals show too) once its response has gone: method, path without query, status, key and the
 * error message. Bodies and recipients are never read. The write is not awaited, so a slow or
 * absent Redis never holds a request up.
 */
@Injectable()
export class ApiRequestRecorder implements OnModuleInit {
  private readonly errors = new WeakMap<FastifyRequest, string>();

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly log: ApiRequestLog,
  ) {}

  onModuleInit(): void {
    // An application context without HTTP (a script loading the module) has nothing to record.
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    fastify.addHook('onSend', (request, reply, payload, done) => {
      if (reply.statusCode >= 400 && isPublic(request)) this.keepError(request, payload);
      done(null, payload);
    });
    fastify.addHook('onResponse', (request, reply, done) => {
      this.record(request, reply);
      done();
    });
  }

  private keepError(request: FastifyRequest, payload: unknown): void {
    const text = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
    if (text === null || text.length > MAX_ERROR_BODY) return;
    const message = errorMessageOf(text);
    if (message) this.errors.set(request, message.slice(0, MAX_ERROR_LENGTH));
  }

  private record(request: FastifyRequest, reply: FastifyReply): void {
    if (!isPublic(request)) return;
    const keyed = request as FastifyRequest & KeyedRequest;
    const accepted = keyed.authenticatedKey;
    const key = accepted ? { serviceId: accepted.service.id, apiKeyId: accepted.apiKeyId } : keyed.matchedKey;
    if (!key) return;
    const entry = {
      at: new Date().toISOString(),
      method: request.method,
      path: pathOf(request),
      status: reply.statusCode,
      keyId: key.apiKeyId,
      error: reply.statusCode >= 400 ? (this.errors.get(request) ?? null) : null,
    };
    void this.log.record(key.serviceId, entry, accepted !== undefined);
  }
}

function isPublic(request: FastifyRequest): boolean {
  return PUBLIC_PATH.test(pathOf(request));
}

/** Duplicate slashes collapsed, as the router treats them (the Notify clients may send `//v2/...`). */
function pathOf(request: FastifyRequest): string {
  return request.url
    .split('?')[0]
    .replace(/\/{2,}/g, '/')
    .slice(0, 300);
}

/** `errors[0].message` of Notify's envelope, or `message` of its legacy shape. */
function errorMessageOf(text: string): string | null {
  try {
    const body = JSON.parse(text) as { errors?: Array<{ message?: unknown }>; message?: unknown };
    const message = body.errors?.[0]?.message ?? body.message;
    return typeof message === 'string' ? message : null;
  } catch {
    return null;
  }
}
