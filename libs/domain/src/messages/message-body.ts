import type { ContactField } from '../registers/register.model';
import type { AttemptWithStatus, Message } from './message.model';

/** `GET /herald/v1/messages/{id}` and the `message_status` callback say the same (R-API-6). */
export interface MessageBody {
  readonly id: string;
  readonly reference: string | null;
  readonly status: Message['status'];
  /** Why the message ended as it did, when one reason explains it (R-OO-4: `lookup_not_found`, `lookup_declined`, `technical-failure`). */
  readonly status_reason: string | null;
  readonly delivered_via: Message['deliveredVia'];
  readonly template_set: { readonly id: string; readonly version: number };
  readonly routing: { readonly method: Message['method']; readonly channels: Message['channels']; readonly fallback_after: Message['fallbackAfter'] };
  readonly attempts: ReadonlyArray<{ id: string; channel: string; status: string; status_reason: string | null; created_at: string }>;
  readonly route_plan: ReadonlyArray<{
    channel: string;
    decision: string;
    reason: string;
    decided_by: string;
    language: string | null;
    attempt_id: string | null;
  }>;
  /** R-OO: a recipient named by identifier: the purpose, the register, and the names (never the values) of what it returned. */
  readonly lookup: {
    readonly purpose: string | null;
    readonly register: string | null;
    readonly tries: number;
    readonly fields_returned: ContactField[] | null;
  } | null;
  /** Reserved for delegation (omnichannel.md §9.8): a delegate inbox must not show a message marked false. */
  readonly delegate_may_read: boolean;
  readonly scheduled_for: string | null;
  readonly created_at: string;
  readonly updated_at: string | null;
}

export function messageBody(message: Message, attempts: readonly AttemptWithStatus[]): MessageBody {
  return {
    id: message.id,
    reference: message.reference,
    status: message.status,
    status_reason: message.statusReason,
    delivered_via: message.deliveredVia,
    template_set: { id: message.templateSetId, version: message.templateSetVersion },
    routing: { method: message.method, channels: message.channels, fallback_after: message.fallbackAfter },
    attempts: attempts.map((a) => ({
      id: a.notificationId,
      channel: a.channel,
      status: a.status,
      status_reason: a.statusReason,
      created_at: a.createdAt.toISOString(),
    })),
    route_plan: message.routePlan.map((s) => ({
      channel: s.channel,
      decision: s.decision,
      reason: s.reason,
      decided_by: s.decidedBy,
      language: s.language,
      attempt_id: s.attemptId,
    })),
    lookup: message.purpose
      ? {
          purpose: message.purpose,
          register: message.register,
          tries: message.lookupTries,
          fields_returned: message.lookedUp ? (Object.keys(message.lookedUp) as ContactField[]) : null,
        }
      : null,
    delegate_may_read: message.delegateMayRead,
    scheduled_for: message.scheduledFor?.toISOString() ?? null,
    created_at: message.createdAt.toISOString(),
    updated_at: message.updatedAt?.toISOString() ?? null,
  };
}
