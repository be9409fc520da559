import { Logger } from '@nestjs/common';
import type { ContactDetails, ContactField, LookupResult, RecipientIdentifier } from '@herald/domain';
import { keepFields } from '../contact-details';
import { declined, found, notFound, unansweredScheme } from '../lookup-results';
import { LookupReason, RegisterConnector, UndeliverableReport } from '../register-connector';
import { commonRegisterSettings, CommonRegisterSettings } from '../register-settings';

/** One person the fake register knows. */
export interface FakeRegisterPerson {
  readonly scheme: string;
  readonly value: string;
  readonly contact: ContactDetails;
  /** Purposes this person refused: a look-up for one of them is `declined`. */
  readonly declined_purposes?: readonly string[];
}

/** An undeliverable report the fake register took, with the identifier it was about. */
export interface FakeRegisterReport extends UndeliverableReport {
  readonly identifier: RecipientIdentifier;
}

/**
 * A register held in its own settings, for the embedded start and development: no network,
 * the same outcomes as a real one (found, not found, declined).
 */
export class FakeRegisterConnector implements RegisterConnector {
  /** What this instance was told about undeliverable addresses, in order. */
  readonly reports: FakeRegisterReport[] = [];
  private readonly logger = new Logger(FakeRegisterConnector.name);
  private readonly common: CommonRegisterSettings;
  private readonly people: readonly FakeRegisterPerson[];

  constructor(
    private readonly name: string,
    settings: Readonly<Record<string, unknown>>,
  ) {
    this.common = commonRegisterSettings(settings);
    this.people = Array.isArray(settings.people) ? (settings.people as FakeRegisterPerson[]) : [];
  }

  async lookupContact(identifier: RecipientIdentifier, reason: LookupReason, fields: readonly ContactField[]): Promise<LookupResult> {
    const unanswered = unansweredScheme(this.common, identifier);
    if (unanswered) return unanswered;
    const person = this.people.find((p) => p.scheme === identifier.scheme && p.value === identifier.value);
    if (!person) return notFound();
    if (person.declined_purposes?.includes(reason.purpose)) return declined();
    const asked = fields.filter((field) => this.common.fields.includes(field));
    return found(keepFields(person.contact, asked) ?? {});
  }

  async reportUndeliverable(identifier: RecipientIdentifier, report: UndeliverableReport): Promise<void> {
    this.reports.push({ identifier, ...report });
    this.logger.log(`Register ${this.name} told that ${report.field} of message ${report.messageId} is undeliverable (${report.status})`);
  }
}
