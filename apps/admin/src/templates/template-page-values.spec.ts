import { listOf, previewQueryOf, previewValuesOf } from './template-page-values';

describe('preview values in the query string', () => {
  it('reads the non-blank values.<placeholder> parameters, by placeholder name', () => {
    expect(previewValuesOf({ 'values.first name': 'Ada', 'values.ref': ' ', done: 'saved', 'values.code': ['1', '2'] })).toEqual({
      'first name': 'Ada',
      code: '2',
    });
  });

  it('writes them back as a query string that reads the same', () => {
    const query = previewQueryOf({ 'first name': 'Ada & co', ref: 'A/1' });
    expect(previewValuesOf(Object.fromEntries(new URLSearchParams(query.slice(1))))).toEqual({ 'first name': 'Ada & co', ref: 'A/1' });
    expect(previewQueryOf({})).toBe('');
  });

  it('takes one checkbox value or several', () => {
    expect(listOf(undefined)).toEqual([]);
    expect(listOf('a')).toEqual(['a']);
    expect(listOf(['a', 'b'])).toEqual(['a', 'b']);
  });
});
