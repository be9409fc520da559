import { Injectable, Logger } from '@nestjs/common';
import {
  channelPermission,
  formatNeedsOf,
  isPaperOnly,
  preferredLanguage,
  type Message,
  type MessageAttempt,
  type PublishedVariant,
  type RecipientPreferences,
  type RouteStep,
  type Service,
  type TemplateSetVersion,
} from '@herald/domain';
import { MessageRepository, NotificationRepository, RecipientPreferenceRepository, ServiceRepository, TemplateSetRepository } from '@herald/persistence';
import { NotificationSender } from '../notification-sender.service';
import { attemptCommand } from './attempt-command';
import { registerLayer } from './looked-up-contact';
import { letterFormatOf } from './route-planner';
import { chooseVariant } from './variant-choice';

/** What a routing pass reads once: the service, the pinned set version and the person's current choices. */
export interface RoutingFacts {
  readonly service: Service;
  readonly version: TemplateSetVersion;
  readonly people: readonly RecipientPreferences[];
}

/**
 * Makes one attempt of a message: an ordinary notification composed, stored and queued by
 * NotificationSender. The person's choices are read again for every attempt, so a change applies
 * to attempts made after it (R-PR-5); the attempt row comes first and is unique per channel (R-RT-4).
 */
@Injectable()
export class AttemptMaker {
  private readonly logger = new Logger(AttemptMaker.name);

  constructor(
    private readonly messages: MessageRepository,
    private readonly notifications: NotificationRepository,
    private readonly services: ServiceRepository,
    private readonly templateSets: TemplateSetRepository,
    private readonly preferences: RecipientPreferenceRepository,
    private readonly sender: NotificationSender,
  ) {}

  async factsFor(message: Message): Promise<RoutingFacts> {
    const [service, version, people] = await Promise.all([
      this.services.findById(message.serviceId),
      this.templateSets.findVersion(message.serviceId, message.templateSetId, message.templateSetVersion),
      this.preferences.load(message.recipientKeys, message.serviceId),
    ]);
    if (!service || !version) throw new Error(`Message ${message.id}: its service or template set version is gone`);
    return { service, version, people: [...people, ...registerLayer(message.lookedUp)] };
  }

  /** The step as it now stands: attempted, or skipped because the person's choices changed. */
  async attempt(message: Message, step: RouteStep, facts: RoutingFacts, fresh: { id: string; now: Date }): Promise<RouteStep> {
    const { service, people } = facts;
    if (step.channel !== 'letter' && isPaperOnly(people)) return { ...step, decision: 'skipped', reason: 'recipient_paper_only', decidedBy: 'citizen_global' };
    const permission = channelPermission(people, step.channel, service.permissions.includes(step.channel));
    if (!permission.allowed) {
      const reason = permission.decidedBy === 'service_default' ? 'service_not_allowed_channel' : 'recipient_channel_off';
      return { ...step, decision: 'skipped', reason, decidedBy: permission.decidedBy };
    }
    const variant = chooseVariant(facts.version.variants, step.channel, preferredLanguage(people) ?? message.language);
    if (!variant) return { ...step, decision: 'skipped', reason: 'no_contact_data' };
    const attempt = await this.messages.addAttempt(service.id, {
      messageId: message.id,
      channel: step.channel,
      notificationId: fresh.id,
      createdAt: fresh.now,
    });
    if (!(await this.store(message, attempt, facts, variant))) return { ...step, decision: 'skipped', reason: 'no_contact_data' };
    return { ...step, decision: 'attempted', attemptId: attempt.notificationId, language: variant.language, decidedBy: permission.decidedBy };
  }

  /** The attempt's notification, stored and queued unless it is already. False: the channel ends here. */
  private async store(message: Message, attempt: MessageAttempt, facts: RoutingFacts, variant: PublishedVariant): Promise<boolean> {
    if (await this.notifications.findById(message.serviceId, attempt.notificationId)) return true;
    const letterFormat = letterFormatOf(formatNeedsOf(facts.people));
    const result = await this.sender.send(attemptCommand(message, facts.service, variant, { notificationId: attempt.notificationId, letterFormat }));
    if (result.ok && !result.composed.smokeTest) return true;
    // The request was checked when it was accepted: what refuses it now (a limit, a changed setting) ends this channel,
    // as does a smoke-test recipient, whose notifications are never stored (Notify's rule).
    const why = result.ok ? 'a smoke-test recipient' : result.problems.map((p) => p.code).join(', ');
    this.logger.warn(`Message ${message.id}: ${attempt.channel} attempt not made (${why})`);
    await this.messages.removeAttempt(message.serviceId, message.id, attempt.channel);
    return false;
  }
}
