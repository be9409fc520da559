import { apiQuery, oversightFilters, pageLink } from './oversight-filters';

const FIELDS = ['serviceId', 'register', 'from', 'to'];

describe('an oversight filter form', () => {
  it('reads the fields as typed (trimmed), and the page', () => {
    const filters = oversightFilters({ serviceId: ' abc ', register: ['population', 'other'], page: '3' }, FIELDS);
    expect(filters).toEqual({ values: { serviceId: 'abc', register: 'population', from: '', to: '' }, page: 3, errors: null });
    expect(apiQuery(filters)).toEqual({ page: 3, serviceId: 'abc', register: 'population' });
  });

  it('says which date is wrong, and leaves the dates out of what the API is asked', () => {
    const filters = oversightFilters({ register: 'population', from: '2026-02-30', to: '27/03/2026' }, FIELDS);
    expect(filters.errors?.list.map((e) => e.href)).toEqual(['#from', '#to']);
    expect(apiQuery(filters)).toEqual({ register: 'population' });
  });

  it('refuses an end before the start', () => {
    expect(oversightFilters({ from: '2026-03-27', to: '2026-03-26' }, FIELDS).errors?.byField.to.text).toBe(
      'The end date must be the same as or after the start date',
    );
    expect(oversightFilters({ from: '2026-03-27', to: '2026-03-27' }, FIELDS).errors).toBeNull();
  });

  it('links another page of the same filters, leaving out empty fields and page 1', () => {
    expect(pageLink('/oversight/audit', { serviceId: 'abc', action: '' }, 2)).toBe('/oversight/audit?serviceId=abc&page=2');
    expect(pageLink('/oversight/audit', { serviceId: '' }, 1)).toBe('/oversight/audit');
  });
});
