import { ConfigError } from './config-error';
import type { ConfigVariable } from './config-variables';
import { wholeNumber } from './whole-number';

type Reader = (name: ConfigVariable) => string | undefined;

/** A person's own view (R-TR): the citizen web app, its OpenID Connect sign-in, and how long message metadata is kept. */
export interface CitizenSettings {
  readonly port: number;
  readonly host: string;
  /** Absolute base of the citizen app: its sign-in callback, and the link in a sensitive message's alert (R-TR-7). */
  readonly baseUrl: string;
  /** The API as the citizen app reaches it. */
  readonly apiUrl: string;
  readonly oidc: {
    /**
     * The identity service's issuer URL; in development without CITIZEN_OIDC_ISSUER, the development
     * provider's. Null in production without one: the person's own view is switched off (`/me` answers 503).
     */
    readonly issuer: string | null;
    /** True when Herald runs its own development identity provider (never in production). */
    readonly useDevelopmentProvider: boolean;
    readonly developmentProviderPort: number;
    readonly clientId: string;
    readonly clientSecret: string;
  };
  /** The userinfo claim holding the person's identifier, and the identifier scheme it is (how messages by identifier find them). */
  readonly identifierClaim: string;
  readonly identifierScheme: string;
  /** R-TR-2: message metadata (no content, no contact details) is kept this long for the person's own view. */
  readonly metadataRetentionMonths: number;
}

const DEVELOPMENT_CLIENT_SECRET = 'herald-citizen-development-secret';

export function loadCitizenSettings(read: Reader, apiPort: number, production: boolean): CitizenSettings {
  const port = wholeNumber(read, 'CITIZEN_PORT', 3002, 0, 65535);
  const developmentProviderPort = wholeNumber(read, 'CITIZEN_DEV_IDP_PORT', 3003, 0, 65535);
  const issuer = read('CITIZEN_OIDC_ISSUER');
  const clientSecret = read('CITIZEN_OIDC_CLIENT_SECRET');
  if (production && issuer !== undefined && clientSecret === undefined) {
    throw new ConfigError('CITIZEN_OIDC_CLIENT_SECRET', "is required with CITIZEN_OIDC_ISSUER when NODE_ENV=production (the citizen app's client secret)");
  }
  const useDevelopmentProvider = issuer === undefined && !production;
  return {
    port,
    host: read('CITIZEN_HOST') ?? '0.0.0.0',
    baseUrl: httpUrl(read, 'CITIZEN_BASE_URL', `http://localhost:${port}`),
    apiUrl: httpUrl(read, 'CITIZEN_API_URL', `http://127.0.0.1:${apiPort}`),
    oidc: {
      issuer:
        issuer !== undefined ? httpUrl(read, 'CITIZEN_OIDC_ISSUER', issuer) : useDevelopmentProvider ? `http://127.0.0.1:${developmentProviderPort}` : null,
      useDevelopmentProvider,
      developmentProviderPort,
      clientId: read('CITIZEN_OIDC_CLIENT_ID') ?? 'herald-citizen',
      clientSecret: clientSecret ?? DEVELOPMENT_CLIENT_SECRET,
    },
    identifierClaim: read('CITIZEN_ID_CLAIM') ?? 'national_id',
    identifierScheme: read('CITIZEN_ID_SCHEME') ?? 'national_id',
    metadataRetentionMonths: wholeNumber(read, 'MESSAGE_METADATA_RETENTION_MONTHS', 24, 1, 240),
  };
}

function httpUrl(read: Reader, name: ConfigVariable, fallback: string): string {
  const raw = read(name) ?? fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'must be a URL starting http:// or https://');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ConfigError(name, 'must be a URL starting http:// or https://');
  return raw.replace(/\/+$/, '');
}
