import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { ADMIN_CALLBACK_TYPES, AdminCallbackType, CallbackView } from '@herald/contracts';
import { callbackProblems, fieldErrors, noResultFound } from '@herald/domain';
import { AuditRepository, ServiceCallbackRepository } from '@herald/persistence';
import type { SignedInUser } from '../auth/signed-in-user';

/**
 * Callback URLs and bearer tokens, checked with the same URL policy as `herald callback set`.
 * The team manages delivery receipts and received texts here; complaints stay with the CLI.
 */
@Injectable()
export class CallbacksService {
  constructor(
    private readonly callbacks: ServiceCallbackRepository,
    private readonly audit: AuditRepository,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  async list(serviceId: string): Promise<{ callbacks: CallbackView[] }> {
    return { callbacks: await Promise.all(ADMIN_CALLBACK_TYPES.map((type) => this.get(serviceId, type))) };
  }

  async get(serviceId: string, rawType: string): Promise<CallbackView> {
    const type = adminType(rawType);
    const callback = await this.callbacks.find(serviceId, type);
    return { type, url: callback?.url ?? null, has_bearer_token: callback !== null, updated_at: callback?.updatedAt.toISOString() ?? null };
  }

  /** Sets or changes; a blank token keeps the current one when there is one. */
  async set(user: SignedInUser, serviceId: string, rawType: string, body: Record<string, unknown>): Promise<CallbackView> {
    const type = adminType(rawType);
    const existing = await this.callbacks.find(serviceId, type);
    const url = typeof body.url === 'string' ? body.url.trim() : '';
    const given = typeof body.bearer_token === 'string' ? body.bearer_token.trim() : '';
    const problems = await callbackProblems(url, given, existing !== null, this.policy());
    if (problems.length) throw fieldErrors(problems);
    await this.callbacks.set(serviceId, type, url, given || existing!.bearerToken);
    await this.audit.record({
      userId: user.id, serviceId, action: existing ? 'callback.changed' : 'callback.created', subject: type, details: { type, host: new URL(url).host, tokenChanged: given !== '' },
    });
    return this.get(serviceId, type);
  }

  async remove(user: SignedInUser, serviceId: string, rawType: string): Promise<CallbackView> {
    const type = adminType(rawType);
    if (await this.callbacks.remove(serviceId, type)) {
      await this.audit.record({ userId: user.id, serviceId, action: 'callback.removed', subject: type, details: { type } });
    }
    return this.get(serviceId, type);
  }

  private policy() {
    return { requireHttps: this.config.environment === 'production', allowPrivateAddresses: this.config.callbacks.allowPrivateUrls };
  }
}

function adminType(raw: string): AdminCallbackType {
  const type = ADMIN_CALLBACK_TYPES.find((t) => t === raw);
  if (!type) throw noResultFound();
  return type;
}
