import { estimatedDelivery } from './estimated-delivery';

const at = (iso: string) => new Date(iso);

describe('the estimated delivery of a letter', () => {
  it('is printed the same working day before 17:30 and delivered 1 + 4 working days later by second class', () => {
    // Monday 12 January 2026 (GMT): printed Monday, delivered Monday 19 January.
    expect(estimatedDelivery(at('2026-01-12T10:00:00Z'), 'second').toISOString()).toBe('2026-01-19T16:00:00.000Z');
  });

  it('is processed the next day when created after 17:30 London time', () => {
    // Monday 17:31 GMT: printed Tuesday, delivered Tuesday 20 January.
    expect(estimatedDelivery(at('2026-01-12T17:31:00Z'), 'second').toISOString()).toBe('2026-01-20T16:00:00.000Z');
  });

  it('uses London time, so 17:00 UTC in summer is already after the cut-off', () => {
    // Monday 15 June 2026 18:00 BST: printed Tuesday 16, second class delivered Tuesday 23 June, 16:00 BST.
    expect(estimatedDelivery(at('2026-06-15T17:00:00Z'), 'second').toISOString()).toBe('2026-06-23T15:00:00.000Z');
  });

  it('counts Saturday as a delivery day for first class only', () => {
    // Friday 16 January 2026: printed Friday, first class (1 + 0 days) arrives Saturday.
    expect(estimatedDelivery(at('2026-01-16T09:00:00Z'), 'first').toISOString()).toBe('2026-01-17T16:00:00.000Z');
    expect(estimatedDelivery(at('2026-01-16T09:00:00Z'), 'second').toISOString()).toBe('2026-01-23T16:00:00.000Z');
  });

  it('is not printed at weekends', () => {
    // Saturday 17 January 2026: printed Monday 19, economy 1 + 6 days: Wednesday 28 January.
    expect(estimatedDelivery(at('2026-01-17T09:00:00Z'), 'economy').toISOString()).toBe('2026-01-28T16:00:00.000Z');
  });

  it('skips England and Wales bank holidays for printing and delivery', () => {
    // Thursday 2 April 2026: printed Thursday; Good Friday 3 and Easter Monday 6 April are skipped.
    // Europe 1 + 5 days: Tue 7, Wed 8, Thu 9, Fri 10, Mon 13, Tue 14 (BST).
    expect(estimatedDelivery(at('2026-04-02T09:00:00Z'), 'europe').toISOString()).toBe('2026-04-14T15:00:00.000Z');
    // Created on Christmas Day 2026 (Friday): printed Tuesday 29 December, first class the next day.
    expect(estimatedDelivery(at('2026-12-25T09:00:00Z'), 'first').toISOString()).toBe('2026-12-30T16:00:00.000Z');
  });

  it('allows 1 + 7 days for rest of the world', () => {
    // Monday 12 January 2026: Tue 13 … Thu 22 January (8 working days).
    expect(estimatedDelivery(at('2026-01-12T09:00:00Z'), 'rest-of-world').toISOString()).toBe('2026-01-22T16:00:00.000Z');
  });
});
