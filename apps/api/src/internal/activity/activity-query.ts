import { ACTIVITY_STATUS_GROUPS, ActivityChannel, ActivityStatusGroup } from '@herald/contracts';
import { FieldProblem, NotificationStatus, validateEmailAddress, validatePhoneNumber } from '@herald/domain';
import { DELIVERED_STATUSES, FAILED_STATUSES } from '@herald/persistence';
import { fieldErrors } from '../../errors/notify-error';

const CHANNELS: readonly ActivityChannel[] = ['email', 'sms', 'letter'];
const MAX_SEARCH_LENGTH = 1000;

/** The stored statuses each filter choice stands for (as Notify's activity page groups them). */
export const STATUS_GROUPS: Readonly<Record<ActivityStatusGroup, readonly NotificationStatus[]>> = {
  sending: ['created', 'sending', 'pending', 'pending-virus-check'],
  delivered: DELIVERED_STATUSES,
  failed: FAILED_STATUSES,
};

export interface ParsedActivityQuery {
  readonly search: string | null;
  readonly channels: ActivityChannel[];
  readonly statuses: ActivityStatusGroup[];
  readonly page: number;
}

type QueryValue = string | string[] | undefined;

/** Reads the activity page's query string; a value the admin never sends is a 400 naming its field. */
export function parseActivityQuery(query: Record<string, QueryValue>): ParsedActivityQuery {
  const problems: FieldProblem[] = [];
  const search = single(query.search)?.trim() ?? '';
  if (search.length > MAX_SEARCH_LENGTH) problems.push({ field: 'search', message: `search: must be ${MAX_SEARCH_LENGTH} characters or fewer` });
  const channels = many(query.channel);
  if (channels.some((c) => !(CHANNELS as readonly string[]).includes(c))) problems.push({ field: 'channel', message: 'channel: must be email, sms or letter' });
  const statuses = many(query.status);
  if (statuses.some((s) => !(ACTIVITY_STATUS_GROUPS as readonly string[]).includes(s)))
    problems.push({ field: 'status', message: 'status: must be sending, delivered or failed' });
  const pageText = single(query.page) ?? '1';
  const page = /^\d{1,6}$/.test(pageText) ? Number(pageText) : 0;
  if (page < 1) problems.push({ field: 'page', message: 'page: must be a whole number from 1' });
  if (problems.length) throw fieldErrors(problems);
  return { search: search || null, channels: channels as ActivityChannel[], statuses: statuses as ActivityStatusGroup[], page };
}

/**
 * The normalised forms a searched recipient may have been stored under: an email address
 * (lower case), a phone number (international digits) or a letter's address (lower case, no spaces).
 */
export function normalisedRecipientsOf(search: string): string[] {
  const forms = new Set<string>([search.toLowerCase(), search.toLowerCase().replace(/\s+/g, '')]);
  const email = validateEmailAddress(search);
  if (email.ok) forms.add(email.normalised);
  const phone = validatePhoneNumber(search);
  if (phone.ok) forms.add(phone.normalised);
  return [...forms];
}

/**
 * The parts of a recipient a search stands for, as `recipientForms` writes a stored one: lower case
 * without spaces; and a phone number's digits as typed and in international form (07700 → 447700).
 */
export function searchFragmentsOf(search: string): string[] {
  const forms = new Set<string>([search.toLowerCase().replace(/\s+/g, '')]);
  if (/^[\d\s+().-]+$/.test(search)) {
    const digits = search.replace(/\D/g, '');
    if (digits) forms.add(digits);
    if (digits.startsWith('00')) forms.add(digits.slice(2));
    else if (digits.startsWith('0')) forms.add(`44${digits.slice(1)}`);
  }
  forms.delete('');
  return [...forms];
}

const single = (value: QueryValue): string | undefined => (Array.isArray(value) ? value[0] : value);
const many = (value: QueryValue): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((v) => v !== '');
