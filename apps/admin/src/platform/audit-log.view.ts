import { PlatformAuditResponse, UK_TIME_ZONE } from '@herald/contracts';

interface Filters {
  readonly serviceId?: string;
  readonly userId?: string;
}

const londonDateTime = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: UK_TIME_ZONE,
  });

/** The audit page's rows, filter options and page links. */
export function auditLogView(log: PlatformAuditResponse, filters: Filters) {
  const link = (page: number) => {
    const query = new URLSearchParams();
    if (filters.serviceId) query.set('serviceId', filters.serviceId);
    if (filters.userId) query.set('userId', filters.userId);
    query.set('page', String(page));
    return `/platform/audit?${query.toString()}`;
  };
  return {
    filters,
    events: log.events.map((event) => ({
      ...event,
      timeText: londonDateTime(event.createdAt),
      detailsText: Object.entries(event.details)
        .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
        .join(', '),
    })),
    serviceOptions: [{ value: '', text: 'All services' }, ...log.services.map((s) => ({ value: s.id, text: s.name, selected: s.id === filters.serviceId }))],
    userOptions: [
      { value: '', text: 'All users' },
      ...log.users.map((u) => ({ value: u.id, text: `${u.name} (${u.emailAddress})`, selected: u.id === filters.userId })),
    ],
    page: log.page,
    previous: log.page > 1 ? { href: link(log.page - 1) } : null,
    next: log.hasNextPage ? { href: link(log.page + 1) } : null,
  };
}
