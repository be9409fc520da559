import { missingPersonalisation, placeholdersIn } from './placeholder-parser';

describe('placeholdersIn', () => {
  it('finds plain and conditional placeholders in order of appearance', () => {
    expect(placeholdersIn('Dear ((name)), ((has_car??Bring your car.)) Ref ((ref))')).toEqual([
      { name: 'name', key: 'name' },
      { name: 'has_car', key: 'hascar' },
      { name: 'ref', key: 'ref' },
    ]);
  });

  it('looks through every text given, subject first', () => {
    expect(placeholdersIn('((subject thing))', 'Body ((body thing))').map((p) => p.name)).toEqual(['subject thing', 'body thing']);
  });

  it('normalises keys by ignoring case, spaces, underscores and hyphens', () => {
    expect(placeholdersIn('((First Name)) ((first_name)) ((FIRST-NAME)) ((firstname))')).toEqual([{ name: 'First Name', key: 'firstname' }]);
  });

  it('keeps the first spelling when a name repeats', () => {
    expect(placeholdersIn('((Reference Number))', '((reference_number))')).toEqual([{ name: 'Reference Number', key: 'referencenumber' }]);
  });

  it('ignores brackets that are not a placeholder', () => {
    expect(placeholdersIn('(one) ((two) (()) ((three))')).toEqual([{ name: 'three', key: 'three' }]);
  });

  it('finds nothing in text without placeholders', () => {
    expect(placeholdersIn('Hello world')).toEqual([]);
  });
});

describe('missingPersonalisation', () => {
  it('lists names whose value is absent or null, in template order', () => {
    expect(missingPersonalisation(['((b)) ((a)) ((c))'], { c: 'here', a: null })).toEqual(['b', 'a']);
  });

  it('counts an empty string as present', () => {
    expect(missingPersonalisation(['((name))'], { name: '' })).toEqual([]);
  });

  it('matches personalisation keys with the same normalisation', () => {
    expect(missingPersonalisation(['((First Name))'], { 'first-name': 'Ada' })).toEqual([]);
  });

  it('reports a conditional placeholder without a value as missing', () => {
    expect(missingPersonalisation(['((show_extra??Extra text))'], {})).toEqual(['show_extra']);
  });

  it('reports names as first written, across subject and body', () => {
    expect(missingPersonalisation(['Re: ((Case Ref))', 'Your case ((case_ref))'], {})).toEqual(['Case Ref']);
  });

  it('ignores personalisation the template does not use', () => {
    expect(missingPersonalisation(['Hello'], { unused: 'x' })).toEqual([]);
  });
});
