import {
  channelPermission,
  formatNeedsOf,
  type FormatNeed,
  isKindMuted,
  isPaperOnly,
  type LetterFormat,
  type MessageChannel,
  type MessageRecipient,
  type PublishedVariant,
  type RecipientPreferences,
  type RouteStep,
  type RoutingMethod,
  type TemplateSetKind,
} from '@herald/domain';
import { chooseVariant } from './variant-choice';

export interface PlanInput {
  readonly method: RoutingMethod;
  readonly channels: readonly MessageChannel[];
  readonly kind: TemplateSetKind;
  readonly variants: readonly PublishedVariant[];
  readonly recipient: MessageRecipient;
  /** The person's stored choices, one entry per key they are known by. */
  readonly people: readonly RecipientPreferences[];
  readonly servicePermissions: readonly string[];
  /** The language the person chose, else the one the request asked for. */
  readonly language: string | null;
}

/** `route`: at least one channel may be tried; otherwise the message ends at once. */
export type PlanOutcome = 'route' | 'failed' | 'cancelled';

export interface RoutePlan {
  readonly steps: RouteStep[];
  readonly letterFormat: LetterFormat;
  readonly outcome: PlanOutcome;
}

const ALTERNATIVE_NEEDS = ['braille', 'audio', 'easy_read'] as const;

/**
 * The route a message will take (R-RT-6, R-PR-2..4): every requested channel with a decision, the
 * reason and the layer of preferences that decided it. No kind overrides a channel choice; paper
 * only puts the letter first and removes the digital channels, and without an address fails.
 */
export function planRoute(input: PlanInput): RoutePlan {
  const letterFormat = letterFormatFor(input.people);
  if (isKindMuted(input.people, input.kind)) {
    return { steps: input.channels.map((c) => skipped(input, c, 'kind_muted', 'citizen_service')), letterFormat, outcome: 'cancelled' };
  }
  if (isPaperOnly(input.people)) return paperOnlyPlan(input, letterFormat);
  const steps = input.channels.map((channel): RouteStep => {
    if (!input.servicePermissions.includes(channel)) return skipped(input, channel, 'service_not_allowed_channel', 'service_default');
    const permission = channelPermission(input.people, channel, true);
    if (!permission.allowed) return skipped(input, channel, 'recipient_channel_off', permission.decidedBy);
    const reason = channel === 'letter' && isAlternative(letterFormat) ? 'format_needs_alternative' : 'permitted';
    return { channel, decision: 'pending', reason, decidedBy: permission.decidedBy, language: languageFor(input, channel), attemptId: null };
  });
  return { steps, letterFormat, outcome: steps.some((s) => s.decision === 'pending') ? 'route' : 'failed' };
}

function paperOnlyPlan(input: PlanInput, letterFormat: LetterFormat): RoutePlan {
  const canPost = input.recipient.address !== null && input.variants.some((v) => v.channel === 'letter') && input.servicePermissions.includes('letter');
  const digital = input.channels.filter((c) => c !== 'letter').map((c) => skipped(input, c, 'recipient_paper_only', 'citizen_global'));
  if (!canPost) {
    const letter = input.channels.includes('letter') ? [skipped(input, 'letter', 'recipient_paper_only', 'citizen_global')] : [];
    return { steps: [...letter, ...digital], letterFormat, outcome: 'failed' };
  }
  const reason = isAlternative(letterFormat) ? 'format_needs_alternative' : 'paper_only_first';
  const letter: RouteStep = {
    channel: 'letter',
    decision: 'pending',
    reason,
    decidedBy: 'citizen_global',
    language: languageFor(input, 'letter'),
    attemptId: null,
  };
  return { steps: [letter, ...digital], letterFormat, outcome: 'route' };
}

function skipped(input: PlanInput, channel: MessageChannel, reason: RouteStep['reason'], decidedBy: RouteStep['decidedBy']): RouteStep {
  return { channel, decision: 'skipped', reason, decidedBy, language: languageFor(input, channel), attemptId: null };
}

function languageFor(input: PlanInput, channel: MessageChannel): RouteStep['language'] {
  return chooseVariant(input.variants, channel, input.language)?.language ?? null;
}

function letterFormatFor(people: readonly RecipientPreferences[]): LetterFormat {
  return letterFormatOf(formatNeedsOf(people));
}

/** R-LF-4, R-LF-5: braille, audio or easy read go to operators; large print is rendered. */
export function letterFormatOf(needs: readonly FormatNeed[]): LetterFormat {
  return ALTERNATIVE_NEEDS.find((n) => needs.includes(n)) ?? (needs.includes('large_print') ? 'large_print' : 'standard');
}

export function isAlternative(format: LetterFormat): boolean {
  return (ALTERNATIVE_NEEDS as readonly string[]).includes(format);
}
