import type { MessageView } from '@herald/contracts';
import { statusTag } from '../activity/notification-labels';

/** R-RT-6's reasons, as a person reads them. */
const REASONS: Record<string, string> = {
  permitted: 'Allowed',
  paper_only_first: 'The person gets letters only, so the letter comes first',
  format_needs_alternative: 'The person needs another format (braille, audio or easy read)',
  no_contact_data: 'No address or number for this channel',
  recipient_channel_off: 'The person switched this channel off',
  recipient_paper_only: 'The person gets letters only',
  service_not_allowed_channel: 'The service cannot send on this channel',
  lookup_not_found: 'The register had no details for the person',
  lookup_declined: 'The person refused this purpose in the register',
  lookup_failed: 'The register did not answer, after every retry',
  cancelled: 'Cancelled before it was sent',
  cancelled_by_service: 'Cancelled by the service before it was sent',
  'technical-failure': 'The register did not answer, after every retry',
  not_needed: 'Not needed: an earlier channel delivered the message',
  kind_muted: 'The person muted this kind of message from the service',
};

const DECIDED_BY: Record<string, string> = {
  citizen_service: 'The person’s choice for this service',
  citizen_global: 'The person’s choice for every service',
  service_default: 'The service’s default',
};

const DECISIONS: Record<string, string> = { pending: 'Waiting its turn', attempted: 'Tried', skipped: 'Skipped' };
/** A message's own status, in words: it is routed over its channels until one delivers or all fail. */
const MESSAGE_STATUSES: Record<string, string> = {
  created: 'Waiting to send',
  routing: 'Sending',
  delivered: 'Delivered',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export const CHANNEL_NAMES: Record<string, string> = { email: 'Email', sms: 'Text message', letter: 'Letter', inbox: 'Inbox' };

/** The message page: the route plan in words, the attempts oldest first, each linked to its notification page. */
export function messageView(serviceId: string, message: MessageView) {
  return {
    message,
    statusText: MESSAGE_STATUSES[message.status] ?? message.status,
    deliveredVia: message.delivered_via ? CHANNEL_NAMES[message.delivered_via] : null,
    plan: message.route_plan.map((step) => ({
      channel: CHANNEL_NAMES[step.channel] ?? step.channel,
      decision: DECISIONS[step.decision] ?? step.decision,
      reason: REASONS[step.reason] ?? step.reason,
      decidedBy: DECIDED_BY[step.decided_by] ?? step.decided_by,
    })),
    attempts: message.attempts.map((attempt) => ({
      ...attempt,
      channelName: CHANNEL_NAMES[attempt.channel] ?? attempt.channel,
      statusText: statusTag(attempt.channel, attempt.status).text,
      reasonText: attempt.status_reason ? (REASONS[attempt.status_reason] ?? attempt.status_reason) : null,
      href: `/services/${encodeURIComponent(serviceId)}/notifications/${encodeURIComponent(attempt.id)}`,
    })),
    lookupFacts: lookupFacts(message),
  };
}

const FIELD_NAMES: Record<string, string> = {
  email_address: 'email address',
  phone_number: 'phone number',
  address: 'postal address',
  language: 'language',
  format_needs: 'format needs',
  permissions: 'permissions',
};

/** R-OO: for a person named by identifier, where their details came from (field names only) and why the message ended. */
function lookupFacts(message: MessageView): Array<{ key: { text: string }; value: { text: string } }> {
  const rows: Array<{ key: { text: string }; value: { text: string } }> = [];
  if (message.status_reason) rows.push({ key: { text: 'Why it ended' }, value: { text: REASONS[message.status_reason] ?? message.status_reason } });
  const lookup = message.lookup;
  if (!lookup) return rows;
  const returned = lookup.fields_returned;
  const found = returned === null ? 'Not yet, or purged with the content' : returned.length ? returned.map((f) => FIELD_NAMES[f] ?? f).join(', ') : 'Nothing';
  rows.push(
    {
      key: { text: 'Looked up in' },
      value: { text: `${lookup.register ?? 'a register'}, for ${lookup.purpose ?? 'a purpose'} (${lookup.tries} ${lookup.tries === 1 ? 'try' : 'tries'})` },
    },
    { key: { text: 'The register gave' }, value: { text: found } },
  );
  return rows;
}
