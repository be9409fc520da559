import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { callbackProblems, CallbackType, InvalidFieldsError, ServiceCallback } from '@herald/domain';
import { AuditRepository, ServiceCallbackRepository, ServiceRepository } from '@herald/persistence';
import type { Actor } from '../actor';
import { existingService } from '../services/service-lookup';

export interface CallbackRequest {
  readonly url: string;
  readonly bearerToken: string;
  /** The admin keeps the current token when the field is left blank; the CLI always needs one. */
  readonly blankTokenKeepsCurrent: boolean;
}

/**
 * Where Herald POSTs a service's delivery receipts, received texts and complaints: URL and bearer
 * token checked with one URL policy (https and public addresses in production, unless allowed).
 */
@Injectable()
export class CallbackAdministration {
  constructor(
    private readonly callbacks: ServiceCallbackRepository,
    private readonly services: ServiceRepository,
    private readonly audit: AuditRepository,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  find(serviceId: string, type: CallbackType): Promise<ServiceCallback | null> {
    return this.callbacks.find(serviceId, type);
  }

  async set(actor: Actor, serviceId: string, type: CallbackType, request: CallbackRequest): Promise<ServiceCallback> {
    await existingService(this.services, serviceId);
    const existing = await this.callbacks.find(serviceId, type);
    const url = request.url.trim();
    const given = request.bearerToken.trim();
    const problems = await callbackProblems(url, given, request.blankTokenKeepsCurrent && existing !== null, this.policy());
    if (problems.length) throw new InvalidFieldsError(problems);
    const saved = await this.callbacks.set(serviceId, type, url, given || existing!.bearerToken);
    await this.audit.record({
      userId: actor.id,
      serviceId,
      action: existing ? 'callback.changed' : 'callback.created',
      subject: type,
      details: { type, host: new URL(url).host, tokenChanged: given !== '' },
    });
    return saved;
  }

  /** Whether there was one to remove; removing nothing leaves no record. */
  async remove(actor: Actor, serviceId: string, type: CallbackType): Promise<boolean> {
    await existingService(this.services, serviceId);
    const removed = await this.callbacks.remove(serviceId, type);
    if (removed) await this.audit.record({ userId: actor.id, serviceId, action: 'callback.removed', subject: type, details: { type } });
    return removed;
  }

  private policy() {
    return { requireHttps: this.config.environment === 'production', allowPrivateAddresses: this.config.callbacks.allowPrivateUrls };
  }
}
