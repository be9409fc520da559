import { fillPlaceholders } from './placeholder-filler';

const bodyFill = (text: string, personalisation: Record<string, unknown>) => fillPlaceholders(text, personalisation, { lists: 'bullets' });
const inlineFill = (text: string, personalisation: Record<string, unknown>) => fillPlaceholders(text, personalisation, { lists: 'inline' });

describe('fillPlaceholders', () => {
  it('fills a placeholder whatever the case, spaces, underscores or hyphens of the key', () => {
    expect(bodyFill('Dear ((First Name))', { FIRST_name: 'Ada' })).toBe('Dear Ada');
  });

  it('fills every occurrence of a placeholder', () => {
    expect(bodyFill('((x)) and ((X))', { x: 'y' })).toBe('y and y');
  });

  it('lets the later of two keys that normalise alike win', () => {
    expect(bodyFill('((name))', { name: 'first', NAME: 'second' })).toBe('second');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(bodyFill('Dear ((name))', {})).toBe('Dear ((name))');
  });

  it('inserts values as data, without filling placeholders inside them', () => {
    expect(bodyFill('((a)) ((b))', { a: '((b))', b: 'B' })).toBe('((b)) B');
  });

  it('inserts values raw, without escaping HTML or markdown', () => {
    expect(bodyFill('((v))', { v: '<b>*bold*</b> & $1' })).toBe('<b>*bold*</b> & $1');
  });

  it('prints booleans the Python way', () => {
    expect(bodyFill('((yes)) ((no))', { yes: true, no: false })).toBe('True False');
  });

  it('prints numbers as written', () => {
    expect(bodyFill('((int)) ((float)) ((negative))', { int: 42, float: 3.5, negative: -1 })).toBe('42 3.5 -1');
  });

  it('prints very small and very large floats in Python exponent form', () => {
    expect(bodyFill('((small)) ((large))', { small: 0.00001, large: 1.5e20 })).toBe('1e-05 1.5e+20');
  });

  it('prints a nested object the Python way', () => {
    expect(bodyFill('((v))', { v: { a: 1, b: [true, null, "it's"] } })).toBe(`{'a': 1, 'b': [True, None, "it's"]}`);
  });

  describe('lists', () => {
    it('become a markdown bullet list in bodies', () => {
      expect(bodyFill('Items:((items))', { items: ['one', 'two'] })).toBe('Items:\n\n* one\n* two');
    });

    it('become "a, b and c" inline', () => {
      expect(inlineFill('((items))', { items: ['a', 'b', 'c'] })).toBe('a, b and c');
    });

    it('join two items inline with "and"', () => {
      expect(inlineFill('((items))', { items: ['a', 'b'] })).toBe('a and b');
    });

    it('show a single item inline as it is', () => {
      expect(inlineFill('((items))', { items: ['a'] })).toBe('a');
    });

    it('drop null and empty items', () => {
      expect(bodyFill('((items))', { items: ['one', null, '', '  ', 'two'] })).toBe('\n\n* one\n* two');
    });

    it('strip whitespace around each item', () => {
      expect(inlineFill('((items))', { items: [' a ', '\tb\n'] })).toBe('a and b');
    });

    it('print non-string items the Python way', () => {
      expect(inlineFill('((items))', { items: [1, true, false] })).toBe('1, True and False');
    });

    it('fill as nothing when every item is empty', () => {
      expect(bodyFill('[((items))]', { items: [null, ''] })).toBe('[]');
    });
  });

  describe('conditional placeholders', () => {
    it.each(['yes', 'y', 'true', 't', '1', 'include', 'show', 'YES', 'Show'])('show their text for %p', (value) => {
      expect(bodyFill('A((extra??, with extras)).', { extra: value })).toBe('A, with extras.');
    });

    it.each([true, 1])('show their text for the JSON value %p', (value) => {
      expect(bodyFill('((extra??shown))', { extra: value })).toBe('shown');
    });

    it.each(['no', 'false', '', 'maybe', '0'])('hide their text for %p', (value) => {
      expect(bodyFill('A((extra??, with extras)).', { extra: value })).toBe('A.');
    });

    it('hide their text for false', () => {
      expect(bodyFill('((extra??shown))', { extra: false })).toBe('');
    });

    it('stay as written when the value is missing', () => {
      expect(bodyFill('((extra??shown))', { extra: null })).toBe('((extra??shown))');
    });

    it('keep any further ?? in their text', () => {
      expect(bodyFill('((q??Really?? Yes))', { q: 'yes' })).toBe('Really?? Yes');
    });
  });
});
