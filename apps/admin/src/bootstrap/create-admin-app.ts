import { randomBytes } from 'node:crypto';
import { LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifyView from '@fastify/view';
import nunjucks from 'nunjucks';
import { join } from 'node:path';
import { HeraldConfig } from '@herald/config';
import { HeraldLogger, traceRequests } from '@herald/logging';
import { InternalApiClient } from '@herald/contracts';
import { AdminModule } from '../admin.module';
import { AdminExceptionFilter } from '../errors/admin-exception.filter';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { CsrfTokens } from '../session/csrf-tokens';
import { cookieOptions, CSRF_COOKIE, SESSION_COOKIE } from '../session/session-cookies';
import { ADMIN_ASSETS_DIR, configureNunjucks, GOVUK_FRONTEND_DIR, VIEWS_DIR } from './view-engine';

/** Uploads (CSV/XLSX for bulk sends) are streamed through to the API; this caps one file. */
const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

export interface AdminAppOptions {
  /** False leaves SIGINT and SIGTERM to the caller (the embedded start closes its apps in order). */
  readonly shutdownHooks?: boolean;
  /** The embedded start passes its quieter logger; otherwise Herald's (LOG_FORMAT, LOG_LEVEL). */
  readonly logger?: LoggerService | LogLevel[];
}

/** Builds the admin web UI (not yet listening), as `main.ts`, the embedded start and tests use it. */
export async function createAdminApp(config: HeraldConfig, options: AdminAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ routerOptions: { ignoreTrailingSlash: true } });
  const app = await NestFactory.create<NestFastifyApplication>(AdminModule.forRoot(config), adapter, {
    logger: options.logger ?? HeraldLogger.from(config, 'admin'),
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  traceRequests(fastify);
  await fastify.register(fastifyCookie);
  await fastify.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  await fastify.register(fastifyStatic, { root: join(GOVUK_FRONTEND_DIR, 'govuk'), prefix: '/assets/', maxAge: '1h', index: false });
  await fastify.register(fastifyStatic, { root: ADMIN_ASSETS_DIR, prefix: '/admin-assets/', decorateReply: false, maxAge: '1h', index: false });
  await fastify.register(fastifyView, {
    engine: { nunjucks },
    templates: [VIEWS_DIR, GOVUK_FRONTEND_DIR],
    options: { onConfigure: configureNunjucks, autoescape: true },
  });
  installRequestHooks(fastify as unknown as HookHost, config);
  app.useGlobalFilters(new AdminExceptionFilter());
  if (options.shutdownHooks ?? true) app.enableShutdownHooks();
  return app;
}

interface HookHost {
  decorateRequest(name: string, value: unknown): void;
  addHook(name: 'onRequest', hook: (request: AdminRequest, reply: AdminReply) => Promise<void>): void;
}

/**
 * Per request: the CSRF secret (a cookie) and the token for forms, the API client bound to the
 * session cookie, a CSP nonce and security headers. (The CSRF check itself is CsrfGuard.)
 */
function installRequestHooks(fastify: HookHost, config: HeraldConfig): void {
  const csrf = new CsrfTokens(config.encryptionKey);
  const cookies = cookieOptions(config.admin.baseUrl);
  fastify.decorateRequest('apiClient', null);
  fastify.decorateRequest('sessionToken', null);
  fastify.addHook('onRequest', async (request, reply) => {
    let secret = request.cookies[CSRF_COOKIE];
    if (!secret) {
      secret = csrf.newSecret();
      reply.setCookie(CSRF_COOKIE, secret, cookies);
      request.cookies[CSRF_COOKIE] = secret;
    }
    request.sessionToken = request.cookies[SESSION_COOKIE] ?? null;
    request.apiClient = new InternalApiClient(config.admin.internalApiUrl, request.sessionToken);
    const cspNonce = randomBytes(16).toString('base64');
    reply.locals = { csrfToken: csrf.tokenFor(secret), cspNonce, signedIn: false, currentPath: request.url.split('?')[0] };
    reply.header('Content-Security-Policy', contentSecurityPolicy(cspNonce));
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'SAMEORIGIN');
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('Cache-Control', 'no-store');
  });
}

function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // Email previews (iframe srcdoc) carry the inline styles email clients need.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: http: https:",
    "frame-src 'self'",
    "object-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
    "base-uri 'self'",
  ].join('; ');
}
