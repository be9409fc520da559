import type { MeChannelOutcome } from '@herald/contracts';
import type { AttemptReason, MessageChannel, NotificationStatus, RouteStep, SkipReason } from '@herald/domain';

/** Why a channel was not tried, in words for the person it was about (every SKIP_REASON). */
const NOT_TRIED: Record<SkipReason, string> = {
  no_contact_data: 'Not tried: the service did not have these contact details for you',
  recipient_channel_off: 'Not tried: you switched this off',
  recipient_paper_only: 'Not tried: you asked for paper only',
  service_not_allowed_channel: 'Not tried: this service does not send messages this way',
  lookup_not_found: 'Not tried: your details were not found in the register',
  lookup_declined: 'Not tried: you told the register not to share these details for this',
  lookup_failed: 'Not tried: the register did not answer',
  format_needs_alternative: 'Not tried: you need messages in another format',
  cancelled: 'Not tried: the service cancelled it',
  not_needed: 'Not needed: an earlier one reached you',
  kind_muted: 'Not tried: you turned off these messages from this service',
};

/** What happened to a message Herald sent, in words (every Notify status). */
const SENT: Record<NotificationStatus, string> = {
  created: 'Waiting to be sent',
  'pending-virus-check': 'Waiting to be sent',
  sending: 'Sent: waiting to hear it arrived',
  pending: 'Sent: waiting to hear it arrived',
  sent: 'Sent',
  delivered: 'Delivered',
  failed: 'Not delivered',
  'temporary-failure': 'Not delivered: your inbox or phone did not accept it at the time',
  'permanent-failure': 'Not delivered: the address or number does not work',
  'technical-failure': 'Not sent: there was a technical problem',
  'validation-failed': 'Not sent: the service’s file did not pass our checks',
  'virus-scan-failed': 'Not sent: the service’s file did not pass our checks',
  'returned-letter': 'Returned: the letter came back undelivered',
  cancelled: 'Cancelled before it was sent',
  'pending-alternative-format': 'Being made in the format you need',
};

/** A letter is never seen arriving: Herald knows when it was printed and posted. */
const LETTER: Partial<Record<NotificationStatus, string>> = {
  created: 'Waiting to be printed',
  sending: 'Sent to the printer',
  delivered: 'Posted',
};

/** A channel planned but not tried yet (a later channel of `first_success`, or before routing starts). */
const WAITING: Record<AttemptReason, string> = {
  permitted: 'Not tried yet',
  paper_only_first: 'Not tried yet: a letter, as you asked for paper only',
  format_needs_alternative: 'Not tried yet: to be made in the format you need',
};

/** The plain-words description of one route step, with its attempt's Notify status when one was made. */
export function describeOutcome(step: RouteStep, status: NotificationStatus | null): string {
  if (step.decision === 'skipped') return NOT_TRIED[step.reason as SkipReason] ?? 'Not tried';
  if (step.decision === 'pending') return WAITING[step.reason as AttemptReason] ?? 'Not tried yet';
  if (status === null) return SENT.created;
  return (step.channel === 'letter' ? LETTER[status] : undefined) ?? SENT[status];
}

/** R-TR-1: each channel Herald tried or decided not to, as the person sees it. */
export function channelOutcome(step: RouteStep, status: NotificationStatus | null): MeChannelOutcome {
  return { channel: step.channel as MessageChannel, decision: step.decision, reason: step.reason, status, description: describeOutcome(step, status) };
}
