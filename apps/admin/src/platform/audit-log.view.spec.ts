import type { PlatformAuditResponse } from '@herald/contracts';
import { auditLogView } from './audit-log.view';

const aLog = (overrides: Partial<PlatformAuditResponse> = {}): PlatformAuditResponse => ({
  events: [
    {
      id: 'e1',
      createdAt: '2026-12-04T10:31:00Z',
      user: { id: 'u1', name: 'Alice Smith', emailAddress: 'alice@example.gov.uk' },
      service: { id: 's1', name: 'Passport Office' },
      action: 'api-key.created',
      subject: 'k1',
      details: { name: 'backend' },
    },
  ],
  page: 2,
  pageSize: 50,
  hasNextPage: true,
  services: [{ id: 's1', name: 'Passport Office' }],
  users: [{ id: 'u1', name: 'Alice Smith', emailAddress: 'alice@example.gov.uk' }],
  ...overrides,
});

describe('the audit page’s view', () => {
  it('keeps every filter in the links to the other pages', () => {
    const view = auditLogView(aLog(), { serviceId: 's1', userId: 'u1', kind: 'api' });
    expect(view.previous).toEqual({ href: '/platform/audit?serviceId=s1&userId=u1&kind=api&page=1' });
    expect(view.next).toEqual({ href: '/platform/audit?serviceId=s1&userId=u1&kind=api&page=3' });
  });

  it('gives each event its sentence and the event as recorded', () => {
    const [event] = auditLogView(aLog(), {}).events;
    expect(event.sentence).toBe('Alice Smith created API key ‘backend’ for Passport Office, 4 December 2026 at 10:31');
    expect(JSON.parse(event.raw)).toMatchObject({ action: 'api-key.created', subject: 'k1', details: { name: 'backend' } });
  });

  it('marks the chosen service, person and kind in the filters', () => {
    const view = auditLogView(aLog(), { serviceId: 's1', userId: 'u1', kind: 'api' });
    expect(view.serviceOptions.find((o) => o.value === 's1')).toMatchObject({ selected: true });
    expect(view.userOptions.find((o) => o.value === 'u1')).toMatchObject({ selected: true });
    expect(view.kindOptions.filter((o) => 'selected' in o && o.selected).map((o) => o.text)).toEqual(['API keys and callbacks']);
    expect(view.filtered).toBe(true);
    expect(auditLogView(aLog(), {}).filtered).toBe(false);
  });
});
