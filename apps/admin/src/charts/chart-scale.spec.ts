import { niceMax, tickLabel } from './chart-scale';

describe('chart scales', () => {
  it('rounds the axis top up to 1, 2, 5 or 10 of a power of ten', () => {
    expect([0, 1, 3, 7, 12, 999, 1001].map(niceMax)).toEqual([1, 1, 5, 10, 20, 1000, 2000]);
  });

  it('writes axis labels in full up to 9,999 and compactly above, so they fit the margin', () => {
    expect([0, 5, 2500, 9999, 10_000, 25_000, 2_500_000].map(tickLabel)).toEqual(['0', '5', '2,500', '9,999', '10k', '25k', '2.5m']);
  });
});
