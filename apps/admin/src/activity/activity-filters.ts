import { ACTIVITY_STATUS_GROUPS, ActivityChannel, ActivitySearch, ActivityStatusGroup } from '@herald/contracts';
import { FormErrors, formErrors } from '../forms/form-errors';

const CHANNELS: readonly ActivityChannel[] = ['email', 'sms', 'letter'];
const MAX_SEARCH_LENGTH = 1000;

type QueryValue = string | string[] | undefined;

/** The activity page's GET form as the API is asked it, and as the form shows it again. */
export interface ActivityFilters {
  readonly search: ActivitySearch;
  readonly values: { readonly search: string; readonly channels: ActivityChannel[]; readonly statuses: ActivityStatusGroup[] };
  readonly errors: FormErrors | null;
}

/** Unknown channel or status values (a hand-edited address) are dropped; an over-long search is an error. */
export function activityFilters(query: Record<string, QueryValue>): ActivityFilters {
  const search = (single(query.search) ?? '').trim();
  const channels = many(query.channel).filter((c): c is ActivityChannel => (CHANNELS as readonly string[]).includes(c));
  const statuses = many(query.status).filter((s): s is ActivityStatusGroup => (ACTIVITY_STATUS_GROUPS as readonly string[]).includes(s));
  const pageText = single(query.page) ?? '1';
  const page = /^\d{1,6}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1;
  const values = { search, channels, statuses };
  if (search.length > MAX_SEARCH_LENGTH) {
    return {
      search: { channels, statuses, page },
      values,
      errors: formErrors([{ field: 'search', message: `Search must be ${MAX_SEARCH_LENGTH} characters or fewer` }]),
    };
  }
  return { search: { search: search || undefined, channels, statuses, page }, values, errors: null };
}

/** The address of another page of the same search. */
export function activityPageUrl(serviceId: string, filters: ActivityFilters['values'], page: number): string {
  return activityUrl(serviceId, 'activity', filters, page);
}

/** The address of the same search's download: every message it finds, not only one page. */
export function activityDownloadUrl(serviceId: string, filters: ActivityFilters['values']): string {
  return activityUrl(serviceId, 'activity.csv', filters, 1);
}

function activityUrl(serviceId: string, path: string, filters: ActivityFilters['values'], page: number): string {
  const params = new URLSearchParams();
  if (filters.search) params.append('search', filters.search);
  for (const channel of filters.channels) params.append('channel', channel);
  for (const status of filters.statuses) params.append('status', status);
  if (page > 1) params.append('page', String(page));
  const query = params.toString();
  return `/services/${encodeURIComponent(serviceId)}/${path}${query ? `?${query}` : ''}`;
}

const single = (value: QueryValue): string | undefined => (Array.isArray(value) ? value[0] : value);
const many = (value: QueryValue): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
