import { canTransition, statusesThatMayBecome } from './notification-status';

describe('forward-only status changes', () => {
  it('moves a notification forward from created, sending or pending to a final status', () => {
    expect(canTransition('created', 'sending')).toBe(true);
    expect(canTransition('sending', 'pending')).toBe(true);
    expect(canTransition('pending', 'delivered')).toBe(true);
    expect(canTransition('sending', 'temporary-failure')).toBe(true);
  });

  it('never moves back, repeats, or replaces a final status', () => {
    expect(canTransition('delivered', 'sending')).toBe(false);
    expect(canTransition('delivered', 'delivered')).toBe(false);
    expect(canTransition('permanent-failure', 'delivered')).toBe(false);
    expect(canTransition('pending', 'sending')).toBe(false);
  });

  it('lets a posted letter come back', () => {
    expect(canTransition('delivered', 'returned-letter')).toBe(true);
  });

  it('lists the statuses a change may start from, for an atomic conditional update', () => {
    expect(statusesThatMayBecome('delivered').sort()).toEqual(['created', 'pending', 'pending-alternative-format', 'pending-virus-check', 'sending'].sort());
    expect(statusesThatMayBecome('sending').sort()).toEqual(['created', 'pending-virus-check'].sort());
    expect(statusesThatMayBecome('returned-letter').sort()).toEqual(['delivered', 'sending']);
  });
});
