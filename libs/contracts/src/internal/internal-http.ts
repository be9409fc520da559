import type { Readable } from 'node:stream';
import type { ProblemCode } from './problem-codes';

/** One problem the internal API reported; `field` names the form field it belongs to, if any. */
export interface InternalApiProblem {
  readonly error: string;
  readonly message: string;
  readonly field?: string;
  /** Which sending or file rule refused, when one did: the admin words it for people. */
  readonly code?: ProblemCode;
}

/** A non-2xx answer from the internal API, in Notify's error envelope. */
export class InternalApiError extends Error {
  constructor(
    readonly status: number,
    readonly problems: InternalApiProblem[],
  ) {
    super(problems.map((p) => p.message).join('; ') || `Internal API answered ${status}`);
    this.name = 'InternalApiError';
  }

  /** Problems that belong to form fields (status 400). */
  get fieldProblems(): InternalApiProblem[] {
    return this.status === 400 ? this.problems : [];
  }
}

export interface InternalRequestOptions {
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as it is (an uploaded file), with this content type. */
  readonly stream?: { readonly body: Readable; readonly contentType: string; readonly headers?: Record<string, string> };
  readonly query?: Record<string, string | number | boolean | readonly string[] | undefined>;
}

/**
 * HTTP to the API's /internal endpoints as one signed-in user (or none, for signing in). Each
 * area client (templates, jobs, ...) builds on `json`, `raw` and `stream`.
 */
export class InternalHttp {
  constructor(
    private readonly baseUrl: string,
    private readonly sessionToken: string | null,
  ) {}

  /** A JSON answer; 204 gives undefined. */
  async json<T>(method: string, path: string, options: InternalRequestOptions = {}): Promise<T> {
    const response = await this.send(method, path, options);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  /** The answer's bytes and type (PDFs, images, previews). */
  async raw(method: string, path: string, options: InternalRequestOptions = {}): Promise<{ body: Buffer; contentType: string; headers: Headers }> {
    const response = await this.send(method, path, options);
    return {
      body: Buffer.from(await response.arrayBuffer()),
      contentType: response.headers.get('content-type') ?? 'application/octet-stream',
      headers: response.headers,
    };
  }

  /** The answer as a stream (reports of many rows). */
  async stream(method: string, path: string, options: InternalRequestOptions = {}): Promise<Response> {
    return this.send(method, path, options);
  }

  private async send(method: string, path: string, options: InternalRequestOptions): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.sessionToken) headers.authorization = `Bearer ${this.sessionToken}`;
    let body: RequestInit['body'];
    if (options.stream) {
      headers['content-type'] = options.stream.contentType;
      Object.assign(headers, options.stream.headers ?? {});
      body = options.stream.body as unknown as RequestInit['body'];
    } else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const init: RequestInit & { duplex?: 'half' } = { method, headers, body, ...(options.stream ? { duplex: 'half' } : {}) };
    const response = await fetch(`${this.baseUrl}/internal/${path.replace(/^\/+/, '')}${queryString(options.query)}`, init);
    if (!response.ok) throw await errorOf(response);
    return response;
  }
}

function queryString(query: InternalRequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function errorOf(response: Response): Promise<InternalApiError> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { errors?: InternalApiProblem[]; message?: string };
    return new InternalApiError(response.status, body.errors ?? [{ error: 'Error', message: body.message ?? text }]);
  } catch {
    return new InternalApiError(response.status, [{ error: 'Error', message: text.slice(0, 200) }]);
  }
}
