import { CitizenApiError, type CitizenApiProblem } from './citizen-api-error';
import type { MeLookupsResponse, MeMessagesResponse, MePreferences, MePreferencesChange, MePreferencesChanged, MeProfile } from './citizen-api.types';

export interface MePage {
  readonly offset?: number;
  readonly limit?: number;
}

export type MeExportFormat = 'json' | 'csv';

/**
 * The citizen web app's typed client of the API's `/herald/v1/me` endpoints, as one signed-in
 * person: every call carries the access token of their OpenID Connect sign-in.
 */
export class CitizenApiClient {
  constructor(
    private readonly apiUrl: string,
    private readonly accessToken: string,
  ) {}

  profile(): Promise<MeProfile> {
    return this.json('GET', '');
  }

  /** Newest first, across every service (R-TR-1). */
  messages(page: MePage = {}): Promise<MeMessagesResponse> {
    return this.json('GET', `/messages${queryOf(page)}`);
  }

  /** The purpose log for this person (R-TR-3). */
  lookups(page: MePage = {}): Promise<MeLookupsResponse> {
    return this.json('GET', `/lookups${queryOf(page)}`);
  }

  preferences(): Promise<MePreferences> {
    return this.json('GET', '/preferences');
  }

  changePreferences(change: MePreferencesChange): Promise<MePreferencesChanged> {
    return this.json('PUT', '/preferences', change);
  }

  /** Everything Herald holds about the person (R-TR-4), as the API's response: stream its body on, with its headers. */
  export(format: MeExportFormat): Promise<Response> {
    return this.send('GET', `/export?format=${format}`);
  }

  private async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.send(method, path, body);
    return (await response.json()) as T;
  }

  private async send(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.accessToken}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.apiUrl}/herald/v1/me${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw await errorOf(response);
    return response;
  }
}

function queryOf(page: MePage): string {
  const params = new URLSearchParams();
  if (page.offset !== undefined) params.set('offset', String(page.offset));
  if (page.limit !== undefined) params.set('limit', String(page.limit));
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function errorOf(response: Response): Promise<CitizenApiError> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { errors?: CitizenApiProblem[]; message?: string };
    return new CitizenApiError(response.status, body.errors ?? [{ error: 'Error', message: body.message ?? text }]);
  } catch {
    return new CitizenApiError(response.status, [{ error: 'Error', message: text.slice(0, 200) }]);
  }
}
