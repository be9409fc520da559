import { offsetOf, pageNumber, paginationOf } from './pagination';

describe('pages of a list', () => {
  it('reads the page number, and anything else as page 1', () => {
    expect([pageNumber('3'), pageNumber('0'), pageNumber('-2'), pageNumber('x'), pageNumber(undefined)]).toEqual([3, 1, 1, 1, 1]);
    expect(offsetOf(3)).toBe(40);
  });

  it('shows no pagination when everything fits, and the first, last and nearby pages otherwise', () => {
    expect(paginationOf('/messages', 1, 20)).toBeNull();
    const view = paginationOf('/messages', 5, 200)!;
    expect(view.previous).toEqual({ href: '/messages?page=4' });
    expect(view.next).toEqual({ href: '/messages?page=6' });
    expect(view.items.map((i) => ('ellipsis' in i ? '…' : i.number))).toEqual([1, '…', 4, 5, 6, '…', 10]);
  });
});
