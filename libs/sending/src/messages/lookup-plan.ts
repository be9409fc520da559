import { preferredLanguage, type ContactDetails, type Message, type RouteStep, type SkipReason } from '@herald/domain';
import type { RoutingChange } from '@herald/persistence';
import type { RoutingFacts } from './attempt-maker';
import { CHANNEL_FIELD, declinedChannels, RECIPIENT_FIELD, withLookedUpContact } from './looked-up-contact';
import { planRoute } from './route-planner';

/** R-OO-4: the look-up ends the message: every channel skipped for its reason, the reason on the message, and one callback. */
export function lookupFailure(message: Message, statusReason: string, reason: SkipReason, tries: number): RoutingChange {
  return {
    status: 'failed',
    deliveredVia: null,
    routePlan: message.channels.map((channel) => ({ channel, decision: 'skipped', reason, decidedBy: 'service_default', language: null, attemptId: null })),
    nextCheckAt: null,
    report: true,
    statusReason,
    lookup: { lookedUp: null, tries },
  };
}

/**
 * The route once the register has answered: planned as for any message, from the contact details
 * it returned and the person's choices (their own first, then the register's language and format
 * needs); a channel the person refused in the register is skipped `lookup_declined`, one the
 * register had no details for `no_contact_data`. The first attempt is due at once.
 */
export function plannedAfterLookup(message: Message, found: ContactDetails, facts: RoutingFacts, tries: number, now: Date): RoutingChange {
  const effective = withLookedUpContact({ ...message, lookedUp: found });
  const plan = planRoute({
    method: message.method,
    channels: message.channels,
    kind: facts.version.kind,
    variants: facts.version.variants,
    recipient: effective.recipient,
    people: facts.people,
    servicePermissions: facts.service.permissions,
    language: preferredLanguage(facts.people) ?? effective.language,
  });
  const declined = declinedChannels(found);
  const steps = plan.steps.map((step): RouteStep => {
    if (step.decision !== 'pending') return step;
    if (declined.includes(step.channel)) return { ...step, decision: 'skipped', reason: 'lookup_declined', decidedBy: 'citizen_global' };
    if (!effective.recipient[RECIPIENT_FIELD[step.channel]]) return { ...step, decision: 'skipped', reason: 'no_contact_data' };
    return step;
  });
  const lookup = { lookedUp: found, tries };
  if (steps.some((s) => s.decision === 'pending')) {
    return { status: message.status, deliveredVia: null, routePlan: steps, nextCheckAt: now, report: false, lookup };
  }
  const reasons = new Set(steps.map((s) => s.reason));
  const status = plan.outcome === 'cancelled' ? 'cancelled' : 'failed';
  return { status, deliveredVia: null, routePlan: steps, nextCheckAt: null, report: true, statusReason: reasons.size === 1 ? [...reasons][0] : null, lookup };
}

/** Which contact field of the person came from the register, for a channel (R-OO-5 reports only those). */
export function fromRegister(message: Message, channel: RouteStep['channel']): boolean {
  return !message.recipient[RECIPIENT_FIELD[channel]] && message.lookedUp?.[CHANNEL_FIELD[channel]] !== undefined;
}
