import type { OversightAuditEvent } from '@herald/contracts';
import { auditSentence } from '../platform/audit-sentence';
import { oversightAuditEvent } from './oversight-audit-events';

const anEvent = (overrides: Partial<OversightAuditEvent> = {}): OversightAuditEvent => ({
  id: 'e1',
  createdAt: '2026-12-04T10:31:00.000Z',
  user: { id: 'u1', name: 'Dana Auditor', emailAddress: 'dana@example.gov.uk' },
  service: { id: 's1', name: 'Passport Office' },
  action: 'api-key.created',
  subject: 'backend',
  details: [],
  ...overrides,
});

describe('oversightAuditEvent', () => {
  it('reads as the platform audit log’s sentence for the same event', () => {
    const event = anEvent({ details: [{ name: 'name', value: 'backend' }] });
    expect(oversightAuditEvent(event).sentence).toBe(auditSentence({ ...event, details: { name: 'backend' } }));
    expect(oversightAuditEvent(event).sentence).toBe('Dana Auditor created API key ‘backend’ for Passport Office, 4 December 2026 at 10:31');
  });

  it('names the oversight page an auditor looked at', () => {
    const event = anEvent({ action: 'oversight.page_viewed', service: null, subject: '/internal/oversight/purpose-log/42' });
    expect(oversightAuditEvent(event).sentence).toBe('Dana Auditor looked at the oversight page /internal/oversight/purpose-log/42, 4 December 2026 at 10:31');
  });

  it('gives the phrases the recorded values back: numbers and lists as they were, text as text', () => {
    const details = [
      { name: 'count', value: '3' },
      { name: 'permissions', value: '["send_messages","manage_templates"]' },
      { name: 'name', value: 'backend' },
    ];
    const event = oversightAuditEvent(anEvent({ details }));
    expect(event.details).toEqual(details);
    expect(event.sentence).toBe(auditSentence({ ...anEvent(), details: { count: 3, permissions: ['send_messages', 'manage_templates'], name: 'backend' } }));
  });

  it('keeps what was recorded beside the sentence, contact details withheld as the API sent them', () => {
    const event = oversightAuditEvent(anEvent({ details: [{ name: 'emailAddress', value: '[withheld]' }] }));
    expect(event).toMatchObject({
      action: 'api-key.created',
      service: { id: 's1', name: 'Passport Office' },
      subject: 'backend',
      details: [{ name: 'emailAddress', value: '[withheld]' }],
    });
  });
});
