import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifyView from '@fastify/view';
import nunjucks from 'nunjucks';
import { HeraldConfig } from '@herald/config';
import { HeraldLogger, traceRequests } from '@herald/logging';
import { CitizenApiClient } from '@herald/contracts';
import { CitizenModule } from '../citizen.module';
import { CitizenExceptionFilter } from '../errors/citizen-exception.filter';
import { CitizenReply, CitizenRequest } from '../session/citizen-request';
import { CitizenSession } from '../session/citizen-session';
import { CsrfTokens } from '../session/csrf-tokens';
import { cookieOptions, CSRF_COOKIE } from '../session/session-cookies';
import { CitizenSignIn } from '../sign-in/citizen-sign-in';
import { CITIZEN_ASSETS_DIR, configureNunjucks, GOVUK_FRONTEND_DIR, VIEWS_DIR } from './view-engine';
import { securityHeaders } from './security-headers';

export interface CitizenAppOptions {
  /** False leaves SIGINT and SIGTERM to the caller (the embedded start closes its apps in order). */
  readonly shutdownHooks?: boolean;
  /** The embedded start passes its quieter logger; otherwise Herald's (LOG_FORMAT, LOG_LEVEL). */
  readonly logger?: LoggerService | LogLevel[];
}

/** Builds the citizen web app (not yet listening), as `main.ts`, the embedded start and tests use it. */
export async function createCitizenApp(config: HeraldConfig, options: CitizenAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ routerOptions: { ignoreTrailingSlash: true } });
  const app = await NestFactory.create<NestFastifyApplication>(CitizenModule.forRoot(config), adapter, {
    logger: options.logger ?? HeraldLogger.from(config, 'citizen'),
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  traceRequests(fastify);
  await fastify.register(fastifyCookie);
  await fastify.register(fastifyStatic, { root: join(GOVUK_FRONTEND_DIR, 'govuk'), prefix: '/assets/', maxAge: '1h', index: false });
  await fastify.register(fastifyStatic, { root: CITIZEN_ASSETS_DIR, prefix: '/citizen-assets/', decorateReply: false, maxAge: '1h', index: false });
  await fastify.register(fastifyView, {
    engine: { nunjucks },
    templates: [VIEWS_DIR, GOVUK_FRONTEND_DIR],
    options: { onConfigure: configureNunjucks, autoescape: true },
  });
  installRequestHooks(fastify as unknown as HookHost, config, app.get(CitizenSession), app.get(CitizenSignIn).issuerOrigin);
  app.useGlobalFilters(new CitizenExceptionFilter(app.get(CitizenSession)));
  if (options.shutdownHooks ?? true) app.enableShutdownHooks();
  return app;
}

interface HookHost {
  decorateRequest(name: string, value: unknown): void;
  addHook(name: 'onRequest', hook: (request: CitizenRequest, reply: CitizenReply) => Promise<void>): void;
}

/**
 * Per request: the CSRF secret (a cookie) and the token for forms, the signed-in person from the
 * session cookie with the API client bound to their token, a CSP nonce and security headers.
 * (The CSRF check itself is CsrfGuard; whether a page needs a person, SignedInGuard.)
 */
function installRequestHooks(fastify: HookHost, config: HeraldConfig, session: CitizenSession, issuerOrigin: string | null): void {
  const csrf = new CsrfTokens(config.encryptionKey);
  const cookies = cookieOptions(config.citizen.baseUrl);
  fastify.decorateRequest('person', null);
  fastify.decorateRequest('citizenApi', null);
  fastify.addHook('onRequest', async (request, reply) => {
    let secret = request.cookies[CSRF_COOKIE];
    if (!secret) {
      secret = csrf.newSecret();
      reply.setCookie(CSRF_COOKIE, secret, cookies);
      request.cookies[CSRF_COOKIE] = secret;
    }
    request.person = session.read(request);
    // A cookie that was changed, or has run out, is taken away.
    if (!request.person && session.present(request)) session.end(reply);
    request.citizenApi = request.person ? new CitizenApiClient(config.citizen.apiUrl, request.person.accessToken) : null;
    const cspNonce = randomBytes(16).toString('base64');
    reply.locals = { csrfToken: csrf.tokenFor(secret), cspNonce, signedIn: request.person !== null, currentPath: request.url.split('?')[0] };
    for (const [name, value] of Object.entries(securityHeaders(cspNonce, issuerOrigin))) reply.header(name, value);
  });
}
