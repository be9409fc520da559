import { Injectable, Logger } from '@nestjs/common';
import type { LookupResult, Message, RegisterDefinition, RouteStep, ServiceRegisterPurpose } from '@herald/domain';
import { MessageRepository, PurposeLogRepository, RecipientKeys, RegisterRepository, ServiceRegisterPurposeRepository } from '@herald/persistence';
import { fieldsReturned, RegisterConnectors } from '@herald/registers';
import { fieldsWanted } from './looked-up-contact';
import { lookupFailure, plannedAfterLookup } from './lookup-plan';
import { RoutingFacts, AttemptMaker } from './attempt-maker';

/** R-OO-4: an unanswered look-up is tried again after each of these waits, then the message fails with `technical-failure`. */
export const LOOKUP_RETRY_SECONDS = [10, 30, 60, 300] as const;

/**
 * R-OO-2..4: looks the contact details of a person named by identifier up in the register the
 * service was allowed, in the worker when the message is first routed (never in the API
 * request). Every look-up writes one purpose-log row with field names only. What the register
 * returns stays on the message (encrypted, purged with its content); the route is then planned
 * from it and the person's own choices.
 */
@Injectable()
export class MessageLookup {
  private readonly logger = new Logger(MessageLookup.name);

  constructor(
    private readonly messages: MessageRepository,
    private readonly grants: ServiceRegisterPurposeRepository,
    private readonly registers: RegisterRepository,
    private readonly connectors: RegisterConnectors,
    private readonly purposeLog: PurposeLogRepository,
    private readonly keys: RecipientKeys,
    private readonly attempts: AttemptMaker,
  ) {}

  /** Looks up and saves the outcome; false when the message changed meanwhile (the caller reads it again). */
  async lookUp(message: Message, now: Date): Promise<boolean> {
    const identifier = message.identifier;
    if (!identifier || !message.purpose) throw new Error(`Message ${message.id} has no identifier to look up`);
    const [grant] = await this.grants.matching(message.serviceId, message.purpose, message.register);
    const definition = grant ? await this.registers.find(grant.register) : null;
    if (!grant || !definition) {
      // The purpose was withdrawn after the message was accepted: nothing is asked.
      return this.messages.saveRouting(message, lookupFailure(message, 'lookup_declined', 'lookup_declined', message.lookupTries), now);
    }
    const fields = fieldsWanted(message.channels);
    const result = await this.ask(definition, message, fields);
    await this.purposeLog.insert({
      at: now,
      serviceId: message.serviceId,
      register: definition.name,
      recipientKey: this.keys.forIdentifier(identifier),
      purpose: message.purpose,
      purposeLabel: grant.citizenLabel,
      messageId: message.id,
      fieldsRequested: fields,
      fieldsReturned: fieldsReturned(result.contact),
      outcome: result.outcome,
      requestHash: result.requestHash,
    });
    return this.messages.saveRouting(message, await this.outcome(message, grant, result, now), now);
  }

  private async ask(definition: RegisterDefinition, message: Message, fields: ReturnType<typeof fieldsWanted>): Promise<LookupResult> {
    try {
      const connector = this.connectors.forRegister(definition);
      return await connector.lookupContact(message.identifier!, { purpose: message.purpose!, messageId: message.id, userId: null }, fields);
    } catch (error) {
      // A connector throws only for a fault of its own (bad settings): treated as an unanswered look-up, retried.
      this.logger.error(`Register ${definition.name} failed for message ${message.id}: ${(error as Error).name}`);
      return { outcome: 'unavailable', contact: null, requestHash: null, detail: 'connector error' };
    }
  }

  private async outcome(message: Message, grant: ServiceRegisterPurpose, result: LookupResult, now: Date) {
    const tries = message.lookupTries + 1;
    if (result.outcome === 'not_found') return lookupFailure(message, 'lookup_not_found', 'lookup_not_found', tries);
    if (result.outcome === 'declined') return lookupFailure(message, 'lookup_declined', 'lookup_declined', tries);
    if (result.outcome === 'unavailable') {
      this.logger.warn(`Register ${grant.register} did not answer for message ${message.id} (try ${tries}: ${result.detail ?? 'no detail'})`);
      const wait = LOOKUP_RETRY_SECONDS[tries - 1];
      if (wait === undefined) return lookupFailure(message, 'technical-failure', 'lookup_failed', tries);
      return {
        status: message.status,
        deliveredVia: null,
        routePlan: message.routePlan as RouteStep[],
        nextCheckAt: new Date(now.getTime() + wait * 1000),
        report: false,
        lookup: { lookedUp: null, tries },
      };
    }
    const facts: RoutingFacts = await this.attempts.factsFor({ ...message, lookedUp: result.contact ?? {} });
    return plannedAfterLookup(message, result.contact ?? {}, facts, tries, now);
  }
}
