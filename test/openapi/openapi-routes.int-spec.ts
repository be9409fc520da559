import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { aTestConfig } from '@herald/testing';
import { createApiApp } from '../../apps/api/src/bootstrap/create-api-app';
import { buildOpenApiDocument } from '../../apps/api/src/openapi/openapi-document';

/** The public APIs: every route under these must be an operation of the reference. */
const PUBLIC_PREFIXES = ['/v2/', '/herald/v1/'];

/** Routes under a public prefix that are not operations, each with why. */
const NOT_OPERATIONS: Readonly<Record<string, string>> = {
  'POST /v2/notifications/{notificationType}':
    "Notify's catch-all: a POST to an unknown notification type is answered 404 instead of 405; no request succeeds there",
};

/** `METHOD /path` of each route, Fastify's `:name` written as OpenAPI's `{name}`. */
const routeName = (method: string, url: string) => `${method} ${url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;

function undocumented(registered: readonly string[], documented: readonly string[]): string[] {
  const known = new Set([...documented, ...Object.keys(NOT_OPERATIONS)]);
  return registered.filter((route) => PUBLIC_PREFIXES.some((prefix) => route.split(' ')[1].startsWith(prefix)) && !known.has(route));
}

function documentedOperations(): string[] {
  const paths = buildOpenApiDocument().paths as Record<string, Record<string, unknown>>;
  return Object.entries(paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
}

/**
 * Issue 14 point 10: the reference lists what the API serves. The routes are those Fastify
 * registers as Nest starts the API, so a controller added under /v2 or /herald/v1 without its
 * operation in apps/api/src/openapi fails here.
 */
describe('the routes of the public APIs and the API reference', () => {
  let app: NestFastifyApplication;
  const registered: string[] = [];

  beforeAll(async () => {
    app = await createApiApp(await aTestConfig(), { shutdownHooks: false });
    // Nest registers its routes when the application initialises, after this hook is in place.
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onRoute', (route) => {
        const methods = Array.isArray(route.method) ? route.method : [route.method];
        // HEAD routes are Fastify's own copies of the GET routes.
        for (const method of methods.filter((m) => m !== 'HEAD')) registered.push(routeName(method, route.url));
      });
    await app.init();
  });
  afterAll(() => app.close());

  it('documents every route under /v2 and /herald/v1', () => {
    expect(registered.length).toBeGreaterThan(20);
    expect(undocumented(registered, documentedOperations())).toEqual([]);
  });

  it('documents no operation the API does not serve', () => {
    const served = new Set(registered);
    expect(documentedOperations().filter((operation) => !served.has(operation))).toEqual([]);
  });

  it('catches a route added without its operation', () => {
    expect(undocumented([...registered, 'GET /herald/v1/messages/{messageId}/history', 'GET /internal/anything'], documentedOperations())).toEqual([
      'GET /herald/v1/messages/{messageId}/history',
    ]);
  });

  it('serves the reference itself, and its document lists every operation once', async () => {
    const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/docs/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toEqual(buildOpenApiDocument());
    expect(new Set(documentedOperations()).size).toBe(documentedOperations().length);
  });
});
