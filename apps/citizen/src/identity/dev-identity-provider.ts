import type { Server } from 'node:http';
import type { Configuration } from 'oidc-provider';

/** A person the development identity provider knows: the claims a national identity service would give. */
export interface DevCitizen {
  readonly id: string;
  readonly name: string;
  readonly email?: string;
  readonly phoneNumber?: string;
  /** The national identifier, given as the `national_id` claim (the citizen app maps it to a recipient key). */
  readonly nationalId?: string;
}

export interface DevClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUris: readonly string[];
  readonly postLogoutRedirectUris?: readonly string[];
}

export interface DevIdentityProviderOptions {
  readonly port: number;
  readonly host?: string;
  readonly clients: readonly DevClient[];
  readonly citizens: readonly DevCitizen[];
  /** Cookie-signing keys; fixed ones keep sessions across restarts of the embedded start. */
  readonly cookieKeys?: readonly string[];
}

export interface DevIdentityProvider {
  readonly issuer: string;
  /** An access token for a person, as the provider would issue after sign-in (for API tests and scripts). */
  accessTokenFor(citizenId: string, clientId?: string): Promise<string>;
  close(): Promise<void>;
}

export const CITIZEN_SCOPE = 'openid profile email phone national_id';

/**
 * An OpenID Connect provider on loopback (panva's oidc-provider with its development sign-in
 * pages), standing in for a national identity service in tests and in the embedded start:
 * any of `citizens` signs in by typing their id as the login, with any password.
 * Never for production: a real deployment sets CITIZEN_OIDC_ISSUER to its identity service.
 */
export async function startDevIdentityProvider(options: DevIdentityProviderOptions): Promise<DevIdentityProvider> {
  const host = options.host ?? '127.0.0.1';
  const issuer = `http://${host}:${options.port}`;
  const citizens = new Map(options.citizens.map((c) => [c.id, c]));
  const configuration: Configuration = {
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: [...c.redirectUris],
      post_logout_redirect_uris: [...(c.postLogoutRedirectUris ?? [])],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    })),
    claims: {
      openid: ['sub'],
      profile: ['name'],
      email: ['email', 'email_verified'],
      phone: ['phone_number', 'phone_number_verified'],
      national_id: ['national_id'],
    },
    scopes: CITIZEN_SCOPE.split(' '),
    cookies: { keys: [...(options.cookieKeys ?? ['herald-dev-identity-provider'])] },
    features: { devInteractions: { enabled: true } },
    ttl: { AccessToken: 3600, AuthorizationCode: 600, Grant: 3600, IdToken: 3600, Interaction: 3600, Session: 3600 },
    findAccount: (_ctx, id) => {
      const citizen = citizens.get(id);
      if (!citizen) return undefined;
      return { accountId: id, claims: () => claimsOf(citizen) };
    },
  };
  withoutProviderNotices();
  // Loaded here, not at the top: oidc-provider prints a notice as it loads, and this app's own start never needs it.
  const { default: Provider } = await import('oidc-provider');
  const provider = new Provider(issuer, configuration);
  // A port in use rejects (EADDRINUSE) rather than crashing the process, so the embedded start can name its setting.
  const server: Server = await new Promise((resolve, reject) => {
    const listening = provider.listen(options.port, host, () => {
      listening.off('error', reject);
      resolve(listening);
    });
    listening.once('error', reject);
  });
  return {
    issuer,
    async accessTokenFor(citizenId: string, clientId = options.clients[0]?.clientId ?? '') {
      if (!citizens.has(citizenId)) throw new Error(`No such development citizen: ${citizenId}`);
      const client = await provider.Client.find(clientId);
      if (!client) throw new Error(`No such client: ${clientId}`);
      const grant = new provider.Grant({ accountId: citizenId, clientId });
      grant.addOIDCScope(CITIZEN_SCOPE);
      const grantId = await grant.save();
      return new provider.AccessToken({ accountId: citizenId, client, grantId, scope: CITIZEN_SCOPE, gty: 'authorization_code' }).save();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function claimsOf(citizen: DevCitizen): { sub: string; [claim: string]: unknown } {
  return {
    sub: citizen.id,
    name: citizen.name,
    ...(citizen.email ? { email: citizen.email, email_verified: true } : {}),
    ...(citizen.phoneNumber ? { phone_number: citizen.phoneNumber, phone_number_verified: true } : {}),
    ...(citizen.nationalId ? { national_id: citizen.nationalId } : {}),
  };
}

let noticesFiltered = false;

/**
 * oidc-provider prints notices on the console (its development sign-in pages, its development keys,
 * its memory store, the Node.js version) that all say what this provider is known to be: a
 * development stand-in. They are left out, so the embedded start's summary stays short.
 */
function withoutProviderNotices(): void {
  if (noticesFiltered) return;
  noticesFiltered = true;
  for (const method of ['warn', 'info'] as const) {
    const print = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && /oidc-provider (WARNING|NOTICE):/.test(args[0])) return;
      print(...args);
    };
  }
}
