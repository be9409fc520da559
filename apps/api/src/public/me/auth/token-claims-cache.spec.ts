import { createHash } from 'node:crypto';
import { Clock } from '@herald/domain';
import { TokenClaimsCache } from './token-claims-cache';

class MovableClock extends Clock {
  at = new Date('2026-05-01T12:00:00Z');
  now(): Date {
    return this.at;
  }
}

describe('the token claims cache', () => {
  it('keeps a token’s claims for 60 seconds, then asks again', () => {
    const clock = new MovableClock();
    const cache = new TokenClaimsCache(clock);
    cache.put('token-a', { sub: 'ann' });
    clock.at = new Date(clock.at.getTime() + 59_000);
    expect(cache.get('token-a')).toEqual({ sub: 'ann' });
    clock.at = new Date(clock.at.getTime() + 1_000);
    expect(cache.get('token-a')).toBeNull();
  });

  it('never holds the token itself, only its SHA-256', () => {
    const cache = new TokenClaimsCache(new MovableClock());
    cache.put('a-secret-access-token', { sub: 'ann' });
    const stored = [...(cache as unknown as { entries: Map<string, unknown> }).entries.keys()];
    expect(stored).toEqual([createHash('sha256').update('a-secret-access-token').digest('hex')]);
    expect(cache.get('another-token')).toBeNull();
  });
});
