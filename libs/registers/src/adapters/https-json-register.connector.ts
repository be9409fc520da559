import type { ContactField, LookupResult, RecipientIdentifier } from '@herald/domain';
import { isObject, keepFields } from '../contact-details';
import { declined, found, notFound, unansweredScheme, unavailable } from '../lookup-results';
import { LookupReason, RegisterConnector, UndeliverableReport } from '../register-connector';
import { commonRegisterSettings, CommonRegisterSettings } from '../register-settings';
import { acceptedOrThrow, callRegister, isNoAnswer, parseJson } from './register-http';

/**
 * A register behind Herald's own JSON protocol over HTTPS (docs/registers.md): the shape a
 * department implements when its register has no X-Road service.
 */
export class HttpsJsonRegisterConnector implements RegisterConnector {
  private readonly common: CommonRegisterSettings;
  private readonly baseUrl: string;
  private readonly token: string | null;

  constructor(
    private readonly name: string,
    settings: Readonly<Record<string, unknown>>,
  ) {
    this.common = commonRegisterSettings(settings);
    this.baseUrl = String(settings.url).replace(/\/+$/, '');
    this.token = typeof settings.token === 'string' ? settings.token : null;
  }

  async lookupContact(identifier: RecipientIdentifier, reason: LookupReason, fields: readonly ContactField[]): Promise<LookupResult> {
    const unanswered = unansweredScheme(this.common, identifier);
    if (unanswered) return unanswered;
    const asked = fields.filter((field) => this.common.fields.includes(field));
    const body = { identifier: { scheme: identifier.scheme, value: identifier.value }, purpose: reason.purpose, message_id: reason.messageId, fields: asked };
    const answer = await callRegister(`${this.baseUrl}/lookup`, this.post(body), this.common.timeoutMs);
    if (isNoAnswer(answer)) return unavailable(answer.unavailable);
    if (answer.status === 404) return notFound();
    if (answer.status === 403) return declined();
    if (answer.status !== 200) return unavailable(`HTTP ${answer.status}`);
    const json = parseJson(answer.body);
    if (!isObject(json)) return unavailable('the answer was not a JSON object');
    if (json.declined === true) return declined();
    const contact = keepFields(json.contact, asked);
    return contact ? found(contact) : unavailable("the answer had no 'contact' object");
  }

  async reportUndeliverable(identifier: RecipientIdentifier, report: UndeliverableReport): Promise<void> {
    const body = {
      identifier: { scheme: identifier.scheme, value: identifier.value },
      field: report.field,
      message_id: report.messageId,
      purpose: report.purpose,
      status: report.status,
    };
    acceptedOrThrow(await callRegister(`${this.baseUrl}/undeliverable`, this.post(body), this.common.timeoutMs), this.name);
  }

  private post(body: unknown): RequestInit {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    return { method: 'POST', headers, body: JSON.stringify(body) };
  }
}
