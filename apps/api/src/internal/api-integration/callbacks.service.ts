import { Injectable } from '@nestjs/common';
import { CallbackAdministration } from '@herald/administration';
import { ADMIN_CALLBACK_TYPES, AdminCallbackType, CallbackView } from '@herald/contracts';
import { noResultFound } from '../../errors/notify-error';
import type { SignedInUser } from '../auth/signed-in-user';

/**
 * Callback URLs and bearer tokens (CallbackAdministration: the same URL policy as `herald callback set`).
 * The team manages delivery receipts and received texts here; complaints stay with the CLI.
 */
@Injectable()
export class CallbacksService {
  constructor(private readonly callbacks: CallbackAdministration) {}

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
    const url = typeof body.url === 'string' ? body.url : '';
    const bearerToken = typeof body.bearer_token === 'string' ? body.bearer_token : '';
    await this.callbacks.set(user, serviceId, type, { url, bearerToken, blankTokenKeepsCurrent: true });
    return this.get(serviceId, type);
  }

  async remove(user: SignedInUser, serviceId: string, rawType: string): Promise<CallbackView> {
    const type = adminType(rawType);
    await this.callbacks.remove(user, serviceId, type);
    return this.get(serviceId, type);
  }
}

function adminType(raw: string): AdminCallbackType {
  const type = ADMIN_CALLBACK_TYPES.find((t) => t === raw);
  if (!type) throw noResultFound();
  return type;
}
