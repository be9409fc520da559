import type { KeyType } from '../notifications/notification-types';
import type { NotificationStatus } from '../notifications/notification-status';
import type { PreferenceLayer } from '../preferences/recipient-preferences.model';
import type { ContactDetails, RecipientIdentifier } from '../registers/register.model';
import type { MessageChannel, VariantLanguage } from './template-set.model';

/** R-API-6. */
export const MESSAGE_STATUSES = ['created', 'routing', 'delivered', 'failed', 'cancelled'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** R-API-2: required, no default. */
export const ROUTING_METHODS = ['first_success', 'all'] as const;
export type RoutingMethod = (typeof ROUTING_METHODS)[number];

/**
 * R-RT-6: why a channel was not attempted. The first eight are the requirement's; `not_needed`
 * (an earlier channel delivered the message), `kind_muted` (the person muted this kind of
 * message from this service, R-PR-3) and `lookup_failed` (the register did not answer after
 * every retry, R-OO-4) complete it so that every channel always has a reason.
 */
export const SKIP_REASONS = [
  'no_contact_data',
  'recipient_channel_off',
  'recipient_paper_only',
  'service_not_allowed_channel',
  'lookup_not_found',
  'lookup_declined',
  'lookup_failed',
  'format_needs_alternative',
  'cancelled',
  'not_needed',
  'kind_muted',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** Why a channel is (to be) attempted. */
export const ATTEMPT_REASONS = ['permitted', 'paper_only_first', 'format_needs_alternative'] as const;
export type AttemptReason = (typeof ATTEMPT_REASONS)[number];

/** The fixed enum every route-plan entry's reason comes from. */
export const ROUTE_REASONS = [...new Set([...ATTEMPT_REASONS, ...SKIP_REASONS])] as const;
export type RouteReason = AttemptReason | SkipReason;

/**
 * `pending`: planned, waiting for its turn (a fallback); `attempted`: its attempt exists;
 * `skipped`: never to be attempted.
 */
export const ROUTE_DECISIONS = ['pending', 'attempted', 'skipped'] as const;
export type RouteDecision = (typeof ROUTE_DECISIONS)[number];

/** How a letter attempt is produced for this person (R-LF-4, R-LF-5). */
export const LETTER_FORMATS = ['standard', 'large_print', 'braille', 'audio', 'easy_read'] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];

export interface RouteStep {
  readonly channel: MessageChannel;
  readonly decision: RouteDecision;
  readonly reason: RouteReason;
  /** R-PR-4: the layer of preferences that decided whether the channel may be used. */
  readonly decidedBy: PreferenceLayer;
  /** The variant language chosen for the channel, once known. */
  readonly language: VariantLanguage | null;
  readonly attemptId: string | null;
  /** R-OO-5: the register was told this channel's address (which it gave) failed permanently. */
  readonly undeliverableReported?: boolean;
}

/** Who a message is for; a letter's address lines are Notify's `address_line_1..7`. */
export interface MessageRecipient {
  readonly emailAddress: string | null;
  readonly phoneNumber: string | null;
  readonly address: Readonly<Record<string, string>> | null;
}

export interface MessageAttempt {
  readonly messageId: string;
  readonly channel: MessageChannel;
  readonly notificationId: string;
  readonly createdAt: Date;
}

/** An omnichannel message (omnichannel.md §9): recipient and personalisation decrypted. */
export interface Message {
  readonly id: string;
  readonly serviceId: string;
  readonly templateSetId: string;
  readonly templateSetVersion: number;
  readonly apiKeyId: string | null;
  readonly keyType: KeyType;
  readonly recipient: MessageRecipient;
  /** R-OO: the person as a register knows them, with the purpose the service was allowed and the register it names. */
  readonly identifier: RecipientIdentifier | null;
  readonly purpose: string | null;
  readonly register: string | null;
  /** What the register returned (R-OO-2: kept on the message until its content is purged); null before a look-up. */
  readonly lookedUp: ContactDetails | null;
  readonly lookupTries: number;
  /** Why the message ended as it did, when one reason explains it (`lookup_not_found`, `technical-failure`...). */
  readonly statusReason: string | null;
  /** R-TR-2: when the recipient, personalisation and look-up were purged; the metadata stays. */
  readonly contentPurgedAt: Date | null;
  /** Keyed hashes of the recipient's normalised email and phone (R-PR-1): how preferences are found. */
  readonly recipientKeys: readonly string[];
  readonly personalisation: Readonly<Record<string, unknown>>;
  readonly method: RoutingMethod;
  readonly channels: readonly MessageChannel[];
  /** Per channel, an ISO 8601 duration after its attempt is created: then, without `delivered`, the next channel is tried. */
  readonly fallbackAfter: Readonly<Partial<Record<MessageChannel, string>>>;
  readonly reference: string | null;
  readonly scheduledFor: Date | null;
  readonly language: string | null;
  readonly delegateMayRead: boolean;
  readonly status: MessageStatus;
  readonly deliveredVia: MessageChannel | null;
  readonly routePlan: readonly RouteStep[];
  readonly letterFormat: LetterFormat;
  /** When the router must look at the message again (start, a fallback window ending); null when nothing is due. */
  readonly nextCheckAt: Date | null;
  readonly revision: number;
  readonly createdAt: Date;
  readonly updatedAt: Date | null;
}

/** An attempt with its notification's Notify status, as GET /herald/v1/messages/{id} shows it. */
export interface AttemptWithStatus extends MessageAttempt {
  readonly status: NotificationStatus;
  readonly statusReason: string | null;
}
