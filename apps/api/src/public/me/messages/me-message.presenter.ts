import type { MeMessage } from '@herald/contracts';
import type { TemplateSetVersion } from '@herald/domain';
import type { RecipientMessageRow } from '@herald/persistence';
import { channelOutcome } from './channel-outcome-words';
import type { MessageSender } from '../service-names';
import type { MessageContent } from './message-content.reader';

/** R-TR-1: one message in the person's list. Never the contact details it went to. */
export function meMessage(row: RecipientMessageRow, sender: MessageSender, version: TemplateSetVersion | null, content: MessageContent): MeMessage {
  const attemptStatus = (notificationId: string | null) => row.attempts.find((a) => a.notificationId === notificationId)?.status ?? null;
  return {
    id: row.id,
    created_at: row.createdAt.toISOString(),
    organisation: sender.organisation,
    service: sender.service,
    label: version?.label ?? `A message from ${sender.service}`,
    kind: version?.kind ?? 'service',
    status: row.status,
    status_reason: row.statusReason,
    delivered_via: row.deliveredVia,
    channels: row.routePlan.map((step) => channelOutcome(step, step.decision === 'attempted' ? attemptStatus(step.attemptId) : null)),
    content: content.content,
    content_note: content.content_note,
    sensitive: version?.sensitive ?? false,
  };
}
