import { PlatformAuditResponse } from '@herald/contracts';
import { AUDIT_KINDS, auditSentence } from './audit-sentence';

export interface AuditFilters {
  readonly serviceId?: string;
  readonly userId?: string;
  /** One of AUDIT_KINDS' values. */
  readonly kind?: string;
}

/** The audit page's sentences (each with its raw event), filter options and page links. */
export function auditLogView(log: PlatformAuditResponse, filters: AuditFilters) {
  const link = (page: number) => {
    const query = new URLSearchParams();
    if (filters.serviceId) query.set('serviceId', filters.serviceId);
    if (filters.userId) query.set('userId', filters.userId);
    if (filters.kind) query.set('kind', filters.kind);
    query.set('page', String(page));
    return `/platform/audit?${query.toString()}`;
  };
  return {
    filters,
    filtered: Boolean(filters.serviceId || filters.userId || filters.kind),
    events: log.events.map((event) => ({
      id: event.id,
      sentence: auditSentence(event),
      raw: JSON.stringify(event, null, 2),
    })),
    serviceOptions: [{ value: '', text: 'All services' }, ...log.services.map((s) => ({ value: s.id, text: s.name, selected: s.id === filters.serviceId }))],
    userOptions: [
      { value: '', text: 'Everyone' },
      ...log.users.map((u) => ({ value: u.id, text: `${u.name} (${u.emailAddress})`, selected: u.id === filters.userId })),
    ],
    kindOptions: [{ value: '', text: 'Every kind' }, ...AUDIT_KINDS.map((k) => ({ value: k.value, text: k.text, selected: k.value === filters.kind }))],
    page: log.page,
    previous: log.page > 1 ? { href: link(log.page - 1) } : null,
    next: log.hasNextPage ? { href: link(log.page + 1) } : null,
  };
}
