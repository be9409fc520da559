import { ATTEMPT_REASONS, NOTIFICATION_STATUSES, SKIP_REASONS, type RouteStep } from '@herald/domain';
import { describeOutcome } from './channel-outcome-words';

const step = (overrides: Partial<RouteStep>): RouteStep => ({
  channel: 'email',
  decision: 'attempted',
  reason: 'permitted',
  decidedBy: 'service_default',
  language: 'en',
  attemptId: null,
  ...overrides,
});

describe('the plain words of a channel’s outcome', () => {
  it.each(SKIP_REASONS)('R-TR-1: a channel skipped for %s says why it was not tried', (reason) => {
    const words = describeOutcome(step({ decision: 'skipped', reason }), null);
    expect(words).toMatch(/^Not (tried|needed)/);
    expect(words).not.toBe('Not tried');
  });

  it.each(NOTIFICATION_STATUSES)('R-TR-1: an attempt with Notify status %s is described', (status) => {
    expect(describeOutcome(step({}), status)).toMatch(/\w/);
  });

  it.each(ATTEMPT_REASONS)('a channel waiting its turn (%s) says it was not tried yet', (reason) => {
    expect(describeOutcome(step({ decision: 'pending', reason }), null)).toMatch(/^Not tried yet/);
  });

  it('says "you asked for paper only" and "not found in the register" in those words', () => {
    expect(describeOutcome(step({ decision: 'skipped', reason: 'recipient_paper_only' }), null)).toBe('Not tried: you asked for paper only');
    expect(describeOutcome(step({ decision: 'skipped', reason: 'lookup_not_found' }), null)).toBe('Not tried: your details were not found in the register');
  });

  it('describes a delivered email as delivered and a delivered letter as posted', () => {
    expect(describeOutcome(step({}), 'delivered')).toBe('Delivered');
    expect(describeOutcome(step({ channel: 'letter' }), 'delivered')).toBe('Posted');
    expect(describeOutcome(step({ channel: 'letter' }), 'returned-letter')).toBe('Returned: the letter came back undelivered');
  });
});
