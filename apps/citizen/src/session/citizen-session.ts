import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { SealedCookies } from './sealed-cookies';
import { cookieOptions, SESSION_COOKIE } from './session-cookies';
import type { SignedInPerson } from './signed-in-person';

interface CookieReader {
  readonly cookies: Record<string, string | undefined>;
}

interface CookieWriter {
  setCookie(name: string, value: string, options: object): unknown;
  clearCookie(name: string, options: object): unknown;
}

/** The person's session: sealed in an http-only cookie that ends when their access token does. */
@Injectable()
export class CitizenSession {
  private readonly sealed: SealedCookies;
  private readonly baseUrl: string;

  constructor(@InjectConfig() config: HeraldConfig) {
    this.sealed = new SealedCookies(config.encryptionKey);
    this.baseUrl = config.citizen.baseUrl;
  }

  /** The signed-in person, or null when there is no cookie, it was tampered with, or it has expired. */
  read(request: CookieReader, now = Date.now()): SignedInPerson | null {
    const value = this.sealed.open(SESSION_COOKIE, request.cookies[SESSION_COOKIE]);
    if (!isPerson(value) || value.expiresAt <= now) return null;
    return value;
  }

  /** True when the browser sent a session cookie at all (read() may still say nobody is signed in). */
  present(request: CookieReader): boolean {
    return Boolean(request.cookies[SESSION_COOKIE]);
  }

  start(reply: CookieWriter, person: SignedInPerson, now = Date.now()): void {
    const seconds = Math.max(1, Math.floor((person.expiresAt - now) / 1000));
    reply.setCookie(SESSION_COOKIE, this.sealed.seal(SESSION_COOKIE, person), cookieOptions(this.baseUrl, seconds));
  }

  end(reply: CookieWriter): void {
    reply.clearCookie(SESSION_COOKIE, cookieOptions(this.baseUrl));
  }
}

function isPerson(value: unknown): value is SignedInPerson {
  const person = value as Partial<SignedInPerson> | null;
  return (
    typeof person?.accessToken === 'string' &&
    person.accessToken !== '' &&
    typeof person.expiresAt === 'number' &&
    (person.name === null || typeof person.name === 'string')
  );
}
