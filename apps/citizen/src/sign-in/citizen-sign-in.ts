import { Injectable, Logger } from '@nestjs/common';
import * as client from 'openid-client';
import { HeraldConfig, InjectConfig } from '@herald/config';
import type { SignedInPerson } from '../session/signed-in-person';
import type { SignInAttempt } from './sign-in-attempt';

/** The claims the citizen app asks for: the identifier that finds messages sent by identifier, and the contact details. */
export const CITIZEN_SCOPE = 'openid profile email phone national_id';
/** A token with no stated lifetime is trusted for an hour; none for longer than a working day. */
const DEFAULT_TOKEN_SECONDS = 3600;
const LONGEST_SESSION_SECONDS = 12 * 3600;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Sign-in is switched off: production without CITIZEN_OIDC_ISSUER. */
export class SignInUnavailable extends Error {
  constructor() {
    super('Citizen sign-in is not configured (CITIZEN_OIDC_ISSUER)');
  }
}

/**
 * OpenID Connect sign-in with the identity service (openid-client): the authorization code flow
 * with PKCE, state and nonce, the client authenticated with client_secret_basic. The identity
 * service's metadata is discovered once and kept (a failed discovery is tried again next time).
 */
@Injectable()
export class CitizenSignIn {
  private readonly logger = new Logger('CitizenSignIn');
  private discovered: Promise<client.Configuration> | null = null;

  constructor(@InjectConfig() private readonly config: HeraldConfig) {}

  get available(): boolean {
    return this.config.citizen.oidc.issuer !== null;
  }

  /** The origin of the identity service (the page's form-action must allow the redirect to it). */
  get issuerOrigin(): string | null {
    const issuer = this.config.citizen.oidc.issuer;
    return issuer ? new URL(issuer).origin : null;
  }

  get callbackUrl(): string {
    return `${this.config.citizen.baseUrl}/sign-in/callback`;
  }

  get signedOutUrl(): string {
    return `${this.config.citizen.baseUrl}/signed-out`;
  }

  /** Where to send the browser, and what to remember until it comes back. */
  async begin(next: string): Promise<{ url: string; attempt: SignInAttempt }> {
    const configuration = await this.configuration();
    const attempt: SignInAttempt = { codeVerifier: client.randomPKCECodeVerifier(), state: client.randomState(), nonce: client.randomNonce(), next };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.callbackUrl,
      scope: CITIZEN_SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(attempt.codeVerifier),
      code_challenge_method: 'S256',
      state: attempt.state,
      nonce: attempt.nonce,
    });
    return { url: url.href, attempt };
  }

  /** Exchanges the code the identity service sent back; throws when the state, nonce or code do not check out. */
  async finish(callback: URL, attempt: SignInAttempt, now = Date.now()): Promise<SignedInPerson> {
    const configuration = await this.configuration();
    const tokens = await client.authorizationCodeGrant(configuration, callback, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    const seconds = Math.min(tokens.expires_in ?? DEFAULT_TOKEN_SECONDS, LONGEST_SESSION_SECONDS);
    return {
      accessToken: tokens.access_token,
      expiresAt: now + seconds * 1000,
      name: await this.nameOf(configuration, tokens.access_token, tokens.claims()?.sub),
    };
  }

  /** The identity service's own sign-out page, when it has one, coming back to /signed-out. */
  async endSessionUrl(): Promise<string | null> {
    if (!this.available) return null;
    const configuration = await this.configuration();
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(configuration, { client_id: this.config.citizen.oidc.clientId, post_logout_redirect_uri: this.signedOutUrl }).href;
  }

  private async nameOf(configuration: client.Configuration, accessToken: string, subject: string | undefined): Promise<string | null> {
    try {
      const info = await client.fetchUserInfo(configuration, accessToken, subject ?? client.skipSubjectCheck);
      return typeof info.name === 'string' && info.name.trim() !== '' ? info.name.trim() : null;
    } catch (error) {
      // The name is a courtesy: signing in does not depend on it.
      this.logger.warn(`Could not read the person's name from the identity service: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  private configuration(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret } = this.config.citizen.oidc;
    if (issuer === null) return Promise.reject(new SignInUnavailable());
    this.discovered ??= client
      .discovery(new URL(issuer), clientId, undefined, client.ClientSecretBasic(clientSecret), {
        // Plain http only for an identity service on this machine (the development provider).
        execute: isLoopbackHttp(issuer) ? [client.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((error: unknown) => {
        this.discovered = null;
        throw error;
      });
    return this.discovered;
  }
}

function isLoopbackHttp(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}
