import { OpenApiSchemas } from '../../openapi/openapi-ajv';

type Json = Record<string, unknown>;

/** One request to Herald and its answer, as a client saw them. */
export interface Exchange {
  readonly method: string;
  readonly url: string;
  /** The operation's path in the document, e.g. `/v2/notifications/{notificationId}`; null when none matches. */
  readonly route: string | null;
  readonly requestBody: unknown;
  readonly status: number;
  readonly contentType: string;
  readonly responseBody: unknown;
}

export interface SendOptions {
  readonly authorization?: string;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as is (a body that is not JSON). */
  readonly rawBody?: string;
}

interface Operation {
  readonly requestBody?: { content: Record<string, { schema: object }> };
  readonly responses: Record<string, Json>;
}

/**
 * A client of Herald that records every exchange and checks it against the OpenAPI document
 * Herald serves: the path and method must be an operation, the status one of its responses, the
 * content type one it lists, the body valid against its schema, and an accepted request's body
 * valid against the request schema. Nothing is checked against the code: only against the document.
 */
export class OpenApiTraffic {
  readonly exchanges: Exchange[] = [];
  private readonly schemas: OpenApiSchemas;
  private readonly templates: Array<{ path: string; pattern: RegExp; literals: number }>;

  constructor(
    private readonly baseUrl: string,
    private readonly document: Json,
  ) {
    this.schemas = new OpenApiSchemas(document);
    this.templates = Object.keys(this.paths()).map((path) => ({
      path,
      pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      literals: path.split('/').filter((segment) => segment !== '' && !segment.startsWith('{')).length,
    }));
  }

  static async of(baseUrl: string): Promise<OpenApiTraffic> {
    const response = await fetch(`${baseUrl}/docs/openapi.json`);
    if (!response.ok) throw new Error(`GET /docs/openapi.json answered ${response.status}`);
    return new OpenApiTraffic(baseUrl, (await response.json()) as Json);
  }

  async send(method: string, url: string, options: SendOptions = {}): Promise<Exchange> {
    const headers: Record<string, string> = {};
    if (options.authorization) headers.Authorization = options.authorization;
    const text = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (text !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${url}`, { method, headers, body: text });
    const contentType = response.headers.get('content-type') ?? '';
    const raw = Buffer.from(await response.arrayBuffer());
    const exchange: Exchange = {
      method,
      url,
      route: this.routeOf(new URL(url, this.baseUrl).pathname),
      requestBody: options.rawBody ?? options.body,
      status: response.status,
      contentType,
      responseBody: mediaType(contentType) === 'application/json' ? JSON.parse(raw.toString('utf8')) : raw.toString('latin1'),
    };
    this.exchanges.push(exchange);
    return exchange;
  }

  /** What in this exchange the document does not allow, as readable lines; empty when it conforms. */
  problems(exchange: Exchange): string[] {
    const where = `${exchange.method} ${exchange.url} → ${exchange.status}`;
    if (exchange.route === null) return [`${where}: no path of the document matches`];
    const operation = this.operationOf(exchange);
    if (!operation) return [`${where}: the document has no ${exchange.method} operation on ${exchange.route}`];
    const problems: string[] = [];
    const accepted = exchange.status >= 200 && exchange.status < 300;
    if (accepted && exchange.requestBody !== undefined) {
      const schema = operation.requestBody?.content['application/json']?.schema;
      if (!schema) problems.push(`${where}: a body was accepted but the operation takes none`);
      else problems.push(...this.schemas.problems(schema, exchange.requestBody).map((p) => `${where}: request ${p}`));
    }
    const response = this.resolve(operation.responses[String(exchange.status)]);
    if (!response) return [...problems, `${where}: status ${exchange.status} is not among the operation's responses`];
    const content = (response.content ?? {}) as Record<string, { schema: object }>;
    const media = content[mediaType(exchange.contentType)];
    if (!media) return [...problems, `${where}: content type ${exchange.contentType} is not among ${Object.keys(content).join(', ') || 'none'}`];
    problems.push(...this.schemas.problems(media.schema, exchange.responseBody).map((p) => `${where}: response ${p}`));
    return problems;
  }

  /** Every operation of the document, as `METHOD /path`. */
  operations(): string[] {
    return Object.entries(this.paths()).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
  }

  private paths(): Record<string, Record<string, Operation>> {
    return this.document.paths as Record<string, Record<string, Operation>>;
  }

  /** The most specific template wins: `/v2/notifications/email` before `/v2/notifications/{notificationId}`. */
  private routeOf(pathname: string): string | null {
    const matches = this.templates.filter((t) => t.pattern.test(pathname)).sort((a, b) => b.literals - a.literals);
    return matches[0]?.path ?? null;
  }

  private operationOf(exchange: Exchange): Operation | undefined {
    return this.paths()[exchange.route!]?.[exchange.method.toLowerCase()];
  }

  private resolve(response: Json | undefined): Json | undefined {
    const ref = response?.$ref;
    if (typeof ref !== 'string') return response;
    const name = ref.replace('#/components/responses/', '');
    return ((this.document.components as Json).responses as Record<string, Json>)[name];
  }
}

const mediaType = (contentType: string): string => contentType.split(';')[0].trim().toLowerCase();
