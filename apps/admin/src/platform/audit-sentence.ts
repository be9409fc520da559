import { PlatformAuditEvent, UK_TIME_ZONE } from '@herald/contracts';
import { PHRASES } from './audit-phrases';

/** The name the CLI's operator is recorded under (CLI_OPERATOR_NAME in libs/administration). */
const CLI_OPERATOR_NAME = 'Herald CLI';

/** A kind of event the audit log can be filtered by: the actions whose names start with one of `prefixes`. */
export interface AuditKind {
  readonly value: string;
  readonly text: string;
  readonly prefixes: readonly string[];
}

export const AUDIT_KINDS: readonly AuditKind[] = [
  { value: 'sign-in', text: 'Signing in and accounts', prefixes: ['sign-in.', 'sign-out', 'account.'] },
  { value: 'services', text: 'Services and going live', prefixes: ['service.', 'go-live.', 'retention.', 'branding.', 'check-rules.', 'guest-list.'] },
  { value: 'api', text: 'API keys and callbacks', prefixes: ['api-key.', 'callback.'] },
  { value: 'team', text: 'Team members', prefixes: ['team.'] },
  { value: 'templates', text: 'Templates and folders', prefixes: ['template.', 'folder.', 'template-set.'] },
  { value: 'senders', text: 'Senders and reply-to addresses', prefixes: ['reply-to.', 'sms-sender.', 'letter-contact.'] },
  { value: 'sending', text: 'Messages and recipients', prefixes: ['message.', 'inbound-sms.', 'recipient-preference.', 'alternative-format.', 'letters.'] },
  { value: 'platform', text: 'Platform roles and text message providers', prefixes: ['user.', 'sms-provider.'] },
  { value: 'registers', text: 'Registers', prefixes: ['register.'] },
  { value: 'oversight', text: 'Oversight and look-ups', prefixes: ['oversight.', 'platform.'] },
];

/** Every action the log has a sentence for. */
export const KNOWN_ACTIONS: readonly string[] = Object.keys(PHRASES);

/** The actions of a kind, or undefined for no kind (or one that is not a kind). */
export function actionsOfKind(kind: string | undefined): string[] | undefined {
  const found = AUDIT_KINDS.find((k) => k.value === kind);
  return found && KNOWN_ACTIONS.filter((action) => found.prefixes.some((prefix) => action.startsWith(prefix)));
}

/** "4 December 2026 at 10:31", in UK time. */
export function auditTime(iso: string): string {
  const at = new Date(iso);
  const day = at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: UK_TIME_ZONE });
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: UK_TIME_ZONE });
  return `${day} at ${time}`;
}

/** Who did it: their name, "Herald CLI operator" for the command line, "Herald" itself when nobody was signed in. */
export function auditActor(user: PlatformAuditEvent['user']): string {
  if (!user) return 'Herald';
  if (user.name === CLI_OPERATOR_NAME) return 'Herald CLI operator';
  return user.name.trim() || user.emailAddress;
}

/** The service's name; an event whose service no longer exists uses the name it kept, if any. */
function serviceName(event: PlatformAuditEvent): string {
  if (event.service) return event.service.name;
  const kept = event.details.serviceName ?? (event.action === 'service.created' ? event.details.name : undefined);
  return typeof kept === 'string' && kept ? kept : 'a service that no longer exists';
}

/**
 * The event as a sentence: "Alice Smith created API key ‘backend’ for Passport Office, 4 December
 * 2026 at 10:31". An action without a phrase of its own still reads, naming the action.
 */
export function auditSentence(event: PlatformAuditEvent): string {
  const phrase = PHRASES[event.action];
  const facts = { service: serviceName(event), subject: event.subject ?? '', details: event.details };
  const what = phrase ? phrase(facts) : `made a change recorded as ‘${event.action}’${event.service ? ` for ${event.service.name}` : ''}`;
  return `${auditActor(event.user)} ${what}, ${auditTime(event.createdAt)}`;
}
