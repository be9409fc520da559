import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { preferredLanguage, type Message, type MessageChannel, type TemplateSetVersion } from '@herald/domain';
import { MessageRepository, RecipientKeys, RecipientPreferenceRepository, TemplateSetRepository } from '@herald/persistence';
import { composeNotification } from '../compose/compose-notification';
import { SendingContexts } from '../context/sending-contexts.service';
import { attemptCommand } from './attempt-command';
import type { MessageCommand, MessageProblem } from './message-command';
import { IdentifierCheck } from './identifier-check';
import { RECIPIENT_FIELD } from './looked-up-contact';
import { planRoute, type RoutePlan } from './route-planner';

export type AcceptResult = { readonly ok: true; readonly message: Message } | { readonly ok: false; readonly problems: readonly MessageProblem[] };

/** What a request lacks, in words, when a channel has no way to reach the person. */
const MISSING: Record<MessageChannel, string> = { email: 'no email address', sms: 'no phone number', letter: 'no postal address' };

/**
 * Accepts an omnichannel message (R-API-1..4): every channel must have a variant and the data to
 * reach the person, and every variant must compose with this personalisation, so a fallback never
 * fails for a reason the sender could have fixed. The route is planned from the person's choices
 * and stored with the message; the router makes the attempts (their ids are not known yet).
 */
@Injectable()
export class MessageAcceptor {
  constructor(
    private readonly templateSets: TemplateSetRepository,
    private readonly contexts: SendingContexts,
    private readonly keys: RecipientKeys,
    private readonly preferences: RecipientPreferenceRepository,
    private readonly messages: MessageRepository,
    private readonly identifiers: IdentifierCheck,
  ) {}

  async accept(command: MessageCommand, now: Date): Promise<AcceptResult> {
    if (!command.identifier && command.purpose) return refused(400, 'ValidationError', 'purpose is only for a recipient given by identifier');
    const grant = command.identifier ? await this.identifiers.check(command.service.id, command.identifier, command.purpose, command.register) : null;
    if (grant && !grant.ok) return { ok: false, problems: [grant.problem] };
    const version = await this.templateSets.findPublished(command.service.id, command.templateSetId);
    if (!version) return refused(400, 'BadRequestError', 'Template set not found');
    const problems = [...this.reachProblems(command, version), ...(await this.composeProblems(command, version))];
    if (problems.length) return { ok: false, problems };
    const recipientKeys = [...(command.identifier ? [this.keys.forIdentifier(command.identifier)] : []), ...this.keys.forRecipient(command.recipient)];
    const people = await this.preferences.load(recipientKeys, command.service.id);
    // A person named by identifier is planned once the register has answered (MessageLookup), in the worker.
    const plan = grant?.ok
      ? lookupFirstPlan(command.channels)
      : planRoute({
          method: command.method,
          channels: command.channels,
          kind: version.kind,
          variants: version.variants,
          recipient: command.recipient,
          people,
          servicePermissions: command.service.permissions,
          language: preferredLanguage(people) ?? command.language,
        });
    const message: Message = {
      ...messageOf(command, now),
      templateSetId: version.setId,
      templateSetVersion: version.version,
      register: grant?.ok ? grant.grant.register : null,
      recipientKeys,
      status: plan.outcome === 'route' ? 'created' : plan.outcome,
      routePlan: plan.steps,
      letterFormat: plan.letterFormat,
      nextCheckAt: plan.outcome === 'route' ? (command.scheduledFor ?? now) : null,
    };
    await this.messages.insert(message);
    return { ok: true, message };
  }

  /** R-API-3: a variant and the data to reach the person, for every channel asked for. */
  private reachProblems(command: MessageCommand, version: TemplateSetVersion): MessageProblem[] {
    return command.channels.flatMap((channel): MessageProblem[] => {
      if (!version.variants.some((v) => v.channel === channel)) return [problem(`${channel}: the template set has no ${channel} variant`)];
      return command.recipient[RECIPIENT_FIELD[channel]] || command.identifier ? [] : [problem(`${channel}: ${MISSING[channel]} and no identifier`)];
    });
  }

  /** Every variant of every channel asked for, composed as its attempt would be (nothing is stored). */
  private async composeProblems(command: MessageCommand, version: TemplateSetVersion): Promise<MessageProblem[]> {
    const draft = messageOf(command, new Date());
    // A channel the service may not use is skipped in the route plan (R-RT-6), not refused.
    const variants = version.variants.filter((v) => command.channels.includes(v.channel) && command.service.permissions.includes(v.channel));
    const problems: MessageProblem[] = [];
    for (const variant of variants) {
      if (!command.recipient[RECIPIENT_FIELD[variant.channel]]) continue;
      const sendCommand = attemptCommand(draft, command.service, variant, { notificationId: randomUUID(), letterFormat: 'standard' });
      const result = composeNotification(sendCommand, await this.contexts.forCommand(sendCommand));
      if (!result.ok) problems.push(...result.problems.map((p) => problem(`${variant.channel}: ${p.message}`, p.status === 429 ? 400 : p.status)));
    }
    return problems;
  }
}

/** The message a command describes, before its set version and route are known. */
function messageOf(command: MessageCommand, now: Date): Message {
  return {
    id: randomUUID(),
    serviceId: command.service.id,
    templateSetId: command.templateSetId,
    templateSetVersion: 0,
    apiKeyId: command.key.apiKeyId,
    keyType: command.key.keyType,
    recipient: command.recipient,
    identifier: command.identifier,
    purpose: command.purpose,
    register: command.register,
    lookedUp: null,
    lookupTries: 0,
    statusReason: null,
    contentPurgedAt: null,
    recipientKeys: [],
    personalisation: command.personalisation,
    method: command.method,
    channels: command.channels,
    fallbackAfter: command.fallbackAfter,
    reference: command.reference,
    scheduledFor: command.scheduledFor,
    language: command.language,
    delegateMayRead: command.delegateMayRead,
    status: 'created',
    deliveredVia: null,
    routePlan: [],
    letterFormat: 'standard',
    nextCheckAt: null,
    revision: 0,
    createdAt: now,
    updatedAt: null,
  };
}

/** Every channel waits for the look-up; MessageLookup plans the route from what the register returns. */
function lookupFirstPlan(channels: readonly MessageChannel[]): RoutePlan {
  return {
    steps: channels.map((channel) => ({ channel, decision: 'pending', reason: 'permitted', decidedBy: 'service_default', language: null, attemptId: null })),
    letterFormat: 'standard',
    outcome: 'route',
  };
}

function problem(message: string, status: 400 | 403 = 400): MessageProblem {
  return { status, error: status === 403 ? 'AuthError' : 'ValidationError', message };
}

function refused(status: 400 | 403, error: MessageProblem['error'], message: string): AcceptResult {
  return { ok: false, problems: [{ status, error, message }] };
}
