import { positionOf } from './finding-position';

describe('positionOf', () => {
  it('counts lines and columns from 1, as an editor does', () => {
    expect(positionOf('Click here', 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf('Hello,\n\nWe will facilitate it.', 16)).toEqual({ line: 3, column: 9 });
  });

  it('counts a Windows line ending as one break', () => {
    expect(positionOf('Hello,\r\n\r\nWe will facilitate it.', 18)).toEqual({ line: 3, column: 9 });
  });

  it('keeps an offset past the end at the end of the text', () => {
    expect(positionOf('ab\ncd', 99)).toEqual({ line: 2, column: 3 });
  });
});
