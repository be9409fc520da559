import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@herald/domain';
import type { UserInfoClaims } from './identity-provider-client';

const KEEP_MS = 60_000;
const MAX_ENTRIES = 10_000;

/**
 * A person's claims for at most a minute after the identity service vouched for their token, so a
 * page of the citizen app does not ask it once per request. Kept under a SHA-256 of the token,
 * never the token itself.
 */
@Injectable()
export class TokenClaimsCache {
  private readonly entries = new Map<string, { readonly claims: UserInfoClaims; readonly until: number }>();

  constructor(private readonly clock: Clock) {}

  get(token: string): UserInfoClaims | null {
    const key = digest(token);
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.until > this.clock.now().getTime()) return entry.claims;
    this.entries.delete(key);
    return null;
  }

  put(token: string, claims: UserInfoClaims): void {
    const now = this.clock.now().getTime();
    if (this.entries.size >= MAX_ENTRIES) this.dropExpired(now);
    // Still full of live entries: the oldest goes (a Map keeps insertion order).
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(digest(token), { claims, until: now + KEEP_MS });
  }

  private dropExpired(now: number): void {
    for (const [key, entry] of this.entries) if (entry.until <= now) this.entries.delete(key);
  }
}

const digest = (token: string): string => createHash('sha256').update(token).digest('hex');
