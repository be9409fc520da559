import { letterPostage } from './postage';

describe('letter postage', () => {
  it('is the template postage for a UK address', () => {
    expect(letterPostage('first', null)).toBe('first');
    expect(letterPostage('economy', null)).toBe('economy');
  });

  it('is second class when the template has none', () => {
    expect(letterPostage(null, null)).toBe('second');
  });

  it('is the Royal Mail zone for an international address, whatever the template says', () => {
    expect(letterPostage('first', 'europe')).toBe('europe');
    expect(letterPostage('second', 'rest-of-world')).toBe('rest-of-world');
  });
});
