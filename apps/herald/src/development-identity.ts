import { hkdfSync } from 'node:crypto';
import type { HeraldConfig } from '@herald/config';
import { startDevIdentityProvider, type DevCitizen, type DevIdentityProvider } from '../../citizen/src/identity/dev-identity-provider';
import { portError } from './listen-on';

/** The people a newcomer can sign in as on the embedded start (README: "See what a person sees"). */
export const SAMPLE_PEOPLE: readonly DevCitizen[] = [
  { id: 'alex', name: 'Alex Example', email: 'alex@example.com', nationalId: 'QQ123456C' },
  { id: 'sam', name: 'Sam Sample', phoneNumber: '+447700900123' },
];

/**
 * The development identity provider on CITIZEN_DEV_IDP_PORT, standing in for a national identity
 * service, with the citizen app as its one client. Its cookie keys come from the encryption key,
 * so a sign-in survives a restart.
 */
export async function startDevelopmentIdentity(config: HeraldConfig): Promise<DevIdentityProvider> {
  const { baseUrl, oidc } = config.citizen;
  const cookieKey = Buffer.from(hkdfSync('sha256', config.encryptionKey, Buffer.alloc(0), 'herald-dev-identity-provider-cookies', 32)).toString('base64url');
  try {
    return await startDevIdentityProvider({
      port: oidc.developmentProviderPort,
      host: new URL(oidc.issuer ?? 'http://127.0.0.1').hostname,
      clients: [
        {
          clientId: oidc.clientId,
          clientSecret: oidc.clientSecret,
          redirectUris: [`${baseUrl}/sign-in/callback`],
          postLogoutRedirectUris: [`${baseUrl}/signed-out`],
        },
      ],
      citizens: SAMPLE_PEOPLE,
      cookieKeys: [cookieKey],
    });
  } catch (error) {
    throw portError(error, oidc.developmentProviderPort, 'CITIZEN_DEV_IDP_PORT');
  }
}

/** The one line the start prints about signing in as a person. */
export function signInLine(config: HeraldConfig): string {
  return `See what a person sees: open ${config.citizen.baseUrl} and sign in as ${SAMPLE_PEOPLE.map((p) => p.id).join(' or ')}, with any password.`;
}
