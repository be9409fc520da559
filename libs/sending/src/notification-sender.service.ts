import { Injectable } from '@nestjs/common';
import type { Service } from '@herald/domain';
import { ComposeResult, refused } from './compose/composed-notification';
import { composeNotification } from './compose/compose-notification';
import { composePrecompiledLetter, PrecompiledLetterCommand } from './compose/compose-precompiled-letter';
import type { SendingContext } from './context/sending-context';
import { SendingContexts } from './context/sending-contexts.service';
import { DailyLimits } from './limits/daily-limits.service';
import { NotificationWriter } from './persist/notification-writer';
import { PreferenceGate } from './messages/preference-gate';
import type { SendCommand, SendingSource } from './send-command';

/**
 * One way to send a single notification: load what the rules need, compose (every rule), check
 * the daily limits, persist, queue, count. Used by the v2 API, the admin's one-off send and
 * Herald's system emails; a bulk send's rows take the same rules through BulkRowComposer.
 */
@Injectable()
export class NotificationSender {
  constructor(
    private readonly contexts: SendingContexts,
    private readonly limits: DailyLimits,
    private readonly writer: NotificationWriter,
    private readonly gate: PreferenceGate,
  ) {}

  /** `context`: what the caller has already loaded for this command (the admin's form check), so it is not read twice. */
  async send(command: SendCommand, context?: SendingContext): Promise<ComposeResult> {
    const result = composeNotification(command, context ?? (await this.contexts.forCommand(command)));
    if (!result.ok || result.composed.smokeTest) return result;
    const { notification } = result.composed;
    if (command.key.respectPreferences && (await this.gate.suppresses(notification.serviceId, notification.type, notification.recipient))) {
      // Answered as any send (201); the notification ends `cancelled`, reason `recipient_preference`.
      await this.writer.persistCancelled(result.composed, 'recipient_preference');
      return result;
    }
    return this.store(command.source, command.service, result);
  }

  /** A department's own PDF, stored with the letter in one transaction. */
  async sendPrecompiledLetter(command: PrecompiledLetterCommand, pdf: Buffer): Promise<ComposeResult> {
    const result = composePrecompiledLetter(command);
    if (!result.ok) return result;
    return this.store('api', command.service, result, pdf);
  }

  private async store(source: SendingSource, service: Service, result: ComposeResult & { ok: true }, pdf?: Buffer): Promise<ComposeResult> {
    const { notification, limit } = result.composed;
    const counted = source !== 'system';
    const limitOptions = { international: limit.international };
    // The API checked the channel's limit already; a text abroad also counts towards the international one.
    if (counted && (source !== 'api' || limit.international)) {
      const overLimit = await this.limits.check(service, notification.keyType, notification.type, limitOptions);
      if (overLimit) return refused(overLimit);
    }
    await this.writer.persistAndQueue(result.composed, pdf);
    if (counted) await this.limits.record(service, notification.keyType, notification.type, limitOptions);
    return result;
  }
}
