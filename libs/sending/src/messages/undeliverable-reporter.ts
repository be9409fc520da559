import { Injectable, Logger } from '@nestjs/common';
import type { AttemptWithStatus, Message, MessageChannel, RouteStep } from '@herald/domain';
import { RegisterRepository, ServiceRegisterPurposeRepository } from '@herald/persistence';
import { RegisterConnectors } from '@herald/registers';
import { CHANNEL_FIELD } from './looked-up-contact';
import { fromRegister } from './lookup-plan';

/**
 * R-OO-5: when the service asked for it, a permanent failure of an address the register gave is
 * reported back to the register, once per channel (the route step remembers it), so the register
 * can correct it at the source. Only the field's name goes back, never its value.
 */
@Injectable()
export class UndeliverableReporter {
  private readonly logger = new Logger(UndeliverableReporter.name);

  constructor(
    private readonly grants: ServiceRegisterPurposeRepository,
    private readonly registers: RegisterRepository,
    private readonly connectors: RegisterConnectors,
  ) {}

  /** The channels to report now; their steps in `plan` are marked reported (saved with the routing pass). */
  due(message: Message, plan: RouteStep[], attempts: readonly AttemptWithStatus[]): MessageChannel[] {
    if (!message.identifier || !message.lookedUp) return [];
    const due: MessageChannel[] = [];
    plan.forEach((step, i) => {
      const attempt = attempts.find((a) => a.channel === step.channel);
      if (step.undeliverableReported || attempt?.status !== 'permanent-failure' || !fromRegister(message, step.channel)) return;
      plan[i] = { ...step, undeliverableReported: true };
      due.push(step.channel);
    });
    return due;
  }

  /** Sends the reports, after the routing pass that marked them is saved; a register that fails to take one is logged, not retried. */
  async report(message: Message, channels: readonly MessageChannel[]): Promise<void> {
    if (!channels.length || !message.identifier || !message.purpose) return;
    const [grant] = await this.grants.matching(message.serviceId, message.purpose, message.register);
    if (!grant?.reportUndeliverable) return;
    const definition = await this.registers.find(grant.register);
    if (!definition) return;
    for (const channel of channels) {
      try {
        await this.connectors.forRegister(definition).reportUndeliverable(message.identifier, {
          field: CHANNEL_FIELD[channel],
          messageId: message.id,
          purpose: message.purpose,
          status: 'permanent-failure',
        });
      } catch (error) {
        this.logger.warn(`Register ${definition.name} did not take the undeliverable report for message ${message.id}: ${(error as Error).message}`);
      }
    }
  }
}
