import { NOTIFICATION_STATUS_FILTERS, NotificationStatusFilter, TEMPLATE_TYPES, TemplateType } from '@herald/domain';
import { validationErrors } from '../../errors/notify-error';
import { hasNul, NUL_MESSAGE } from '../validation/nul-characters';
import { pythonRepr } from '../validation/python-repr';
import { isUuid } from '../validation/request-schema';

export interface ListNotificationsFilters {
  readonly templateTypes: TemplateType[];
  readonly statuses: NotificationStatusFilter[];
  readonly reference?: string;
  readonly olderThan?: string;
  readonly includeJobs: boolean;
  /** The validated parameters in the order received, for `links.current`. */
  readonly echoed: Array<[string, string]>;
}

const ALLOWED = ['template_type', 'status', 'reference', 'older_than', 'include_jobs'];

/** Parses GET /v2/notifications' query string (docs/api-contract.md §12.6) with Notify's messages. */
export function parseListQuery(search: URLSearchParams): ListNotificationsFilters {
  const errors: string[] = [];
  const entries = [...search.entries()];
  const all = (name: string) => entries.filter(([k]) => k === name).map(([, v]) => v);
  const single = (name: string): string | undefined => {
    const values = all(name);
    if (values.length > 1) errors.push(`${name} ${pythonRepr(values)} is not of type string`);
    return values[0];
  };
  const templateTypes = all('template_type');
  for (const t of templateTypes) {
    if (!(TEMPLATE_TYPES as readonly string[]).includes(t)) errors.push(`template_type ${t} is not one of [${TEMPLATE_TYPES.join(', ')}]`);
  }
  const statuses = all('status');
  for (const s of statuses) {
    if (!(NOTIFICATION_STATUS_FILTERS as readonly string[]).includes(s)) errors.push(`status ${s} is not one of [${NOTIFICATION_STATUS_FILTERS.join(', ')}]`);
  }
  const reference = single('reference');
  if (reference !== undefined && hasNul(reference)) errors.push(`reference ${NUL_MESSAGE}`);
  const olderThan = single('older_than');
  if (olderThan !== undefined && !isUuid(olderThan)) errors.push('older_than is not a valid UUID');
  const includeJobs = single('include_jobs');
  if (includeJobs !== undefined && includeJobs !== 'true' && includeJobs !== 'True') errors.push(`include_jobs ${includeJobs} is not one of [true, True]`);
  const extras = [...new Set(entries.map(([k]) => k).filter((k) => !ALLOWED.includes(k)))];
  if (extras.length) errors.push(`Additional properties are not allowed (${extras.join(', ')} ${extras.length === 1 ? 'was' : 'were'} unexpected)`);
  if (errors.length) throw validationErrors(errors);
  return {
    templateTypes: templateTypes as TemplateType[],
    statuses: statuses as NotificationStatusFilter[],
    reference,
    olderThan,
    includeJobs: includeJobs !== undefined,
    echoed: entries,
  };
}
