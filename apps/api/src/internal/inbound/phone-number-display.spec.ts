import { displayPhoneNumber } from './phone-number-display';

describe('displayPhoneNumber', () => {
  it.each([
    ['447700900111', '07700 900111'],
    ['+447700900111', '07700 900111'],
    ['12025550123', '+1 202-555-0123'],
    ['33612345678', '+33 6 12 34 56 78'],
    ['07700900500', '07700 900500'],
    ['0033612345678', '+33 6 12 34 56 78'],
    ['60060', '60060'],
    ['HERALD', 'HERALD'],
  ])('writes %s as %s', (stored, shown) => {
    expect(displayPhoneNumber(stored)).toBe(shown);
  });
});
