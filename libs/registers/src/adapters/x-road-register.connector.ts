import { randomUUID } from 'node:crypto';
import type { ContactField, LookupResult, RecipientIdentifier } from '@herald/domain';
import { keepFields } from '../contact-details';
import { declined, found, notFound, unansweredScheme, unavailable } from '../lookup-results';
import { LookupReason, RegisterConnector, UndeliverableReport } from '../register-connector';
import { commonRegisterSettings, CommonRegisterSettings } from '../register-settings';
import { acceptedOrThrow, callRegister, isNoAnswer, parseJson } from './register-http';

/**
 * A register reached through X-Road's REST protocol (PR-REST 1.0) via Herald's own security
 * server (R-OO-1): the purpose and message travel as `X-Road-Issue`, and the response's
 * `X-Road-Request-Hash` is kept with the purpose-log row as proof of what was asked.
 */
export class XRoadRegisterConnector implements RegisterConnector {
  private readonly common: CommonRegisterSettings;
  private readonly serviceUrl: string;
  private readonly client: string;
  private readonly userId: string | null;

  constructor(
    private readonly name: string,
    settings: Readonly<Record<string, unknown>>,
  ) {
    this.common = commonRegisterSettings(settings);
    const service = String(settings.service).split('/').map(encodeURIComponent).join('/');
    this.serviceUrl = `${String(settings.security_server_url).replace(/\/+$/, '')}/r1/${service}`;
    this.client = String(settings.client);
    this.userId = typeof settings.user_id === 'string' ? settings.user_id : null;
  }

  async lookupContact(identifier: RecipientIdentifier, reason: LookupReason, fields: readonly ContactField[]): Promise<LookupResult> {
    const unanswered = unansweredScheme(this.common, identifier);
    if (unanswered) return unanswered;
    const asked = fields.filter((field) => this.common.fields.includes(field));
    const path = `/contacts/${encodeURIComponent(identifier.scheme)}/${encodeURIComponent(identifier.value)}?fields=${asked.join(',')}`;
    const answer = await callRegister(
      `${this.serviceUrl}${path}`,
      { method: 'GET', headers: this.headers(reason.purpose, reason.messageId, reason.userId) },
      this.common.timeoutMs,
    );
    if (isNoAnswer(answer)) return unavailable(answer.unavailable);
    const requestHash = answer.headers.get('x-road-request-hash');
    const xRoadError = answer.headers.get('x-road-error');
    if (xRoadError) return unavailable(`X-Road-Error ${xRoadError.slice(0, 100)}`, requestHash);
    if (answer.status === 404) return notFound(requestHash);
    if (answer.status === 403) return declined(requestHash);
    if (answer.status !== 200) return unavailable(`HTTP ${answer.status}`, requestHash);
    const contact = keepFields(parseJson(answer.body), asked);
    return contact ? found(contact, requestHash) : unavailable('the answer was not a JSON object', requestHash);
  }

  async reportUndeliverable(identifier: RecipientIdentifier, report: UndeliverableReport): Promise<void> {
    const headers = { ...this.headers(report.purpose, report.messageId, null), 'Content-Type': 'application/json' };
    const body = {
      identifier: { scheme: identifier.scheme, value: identifier.value },
      field: report.field,
      message_id: report.messageId,
      purpose: report.purpose,
      status: report.status,
    };
    const answer = await callRegister(`${this.serviceUrl}/undeliverable`, { method: 'POST', headers, body: JSON.stringify(body) }, this.common.timeoutMs);
    acceptedOrThrow(answer, this.name);
  }

  private headers(purpose: string, messageId: string, userId: string | null): Record<string, string> {
    const headers: Record<string, string> = {
      'X-Road-Client': this.client,
      'X-Road-Id': randomUUID(),
      'X-Road-Issue': `${purpose}:${messageId}`,
      Accept: 'application/json',
    };
    const user = userId ?? this.userId;
    if (user) headers['X-Road-UserId'] = user;
    return headers;
  }
}
