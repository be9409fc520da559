import type { OversightAuditEvent } from '@herald/contracts';
import { auditSentence } from '../platform/audit-sentence';

/** A detail's value as it was recorded: the API sends each as text, numbers and lists as JSON. */
function recorded(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/**
 * An audit event as the oversight page shows it: the sentence the platform's audit log reads
 * ("Dana Auditor looked at the oversight page …, 4 December 2026 at 10:31"), from the same
 * phrases, with what was recorded (contact details withheld) beside it.
 */
export function oversightAuditEvent(event: OversightAuditEvent) {
  const details = Object.fromEntries(event.details.map((d) => [d.name, recorded(d.value)]));
  return {
    id: event.id,
    sentence: auditSentence({ ...event, details }),
    action: event.action,
    service: event.service,
    subject: event.subject,
    details: event.details,
  };
}
