import { parseIsoDuration } from './iso-duration';

describe('parseIsoDuration', () => {
  it.each([
    ['PT1H', 3_600_000],
    ['P1D', 86_400_000],
    ['PT90M', 5_400_000],
    ['P2DT12H', 216_000_000],
    ['PT0.5S', 500],
  ])('reads %s', (value, ms) => expect(parseIsoDuration(value)).toBe(ms));

  it.each(['', 'P', 'PT', '1H', 'P1M', 'P1W', 'PT0S', 'PT-1H', 'P1DT'])('refuses %p', (value) => expect(parseIsoDuration(value)).toBeNull());
});
