/** How many rows a list page shows. */
export const PAGE_SIZE = 20;

/** The page number in `?page=`, from 1; anything else is page 1. */
export function pageNumber(raw: unknown): number {
  const page = typeof raw === 'string' && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return Math.max(1, page);
}

export function offsetOf(page: number): number {
  return (page - 1) * PAGE_SIZE;
}

/** What govukPagination needs: previous and next links, and a link to each page. */
export interface PaginationView {
  readonly previous?: { href: string };
  readonly next?: { href: string };
  readonly items: ({ number: number; href: string; current: boolean } | { ellipsis: true })[];
}

/** Null when everything fits on one page. */
export function paginationOf(path: string, page: number, total: number): PaginationView | null {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return null;
  const href = (n: number) => `${path}?page=${n}`;
  return {
    ...(page > 1 ? { previous: { href: href(page - 1) } } : {}),
    ...(page < pages ? { next: { href: href(page + 1) } } : {}),
    items: shownPages(page, pages).map((n) => (n === null ? { ellipsis: true as const } : { number: n, href: href(n), current: n === page })),
  };
}

/** The first, the last, and the pages beside the current one; a gap between them is null (an ellipsis). */
function shownPages(page: number, pages: number): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= pages; n += 1) {
    if (n === 1 || n === pages || Math.abs(n - page) <= 1) shown.push(n);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}
