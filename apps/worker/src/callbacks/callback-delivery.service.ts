import { Injectable, Logger } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { CallbackJob } from '@herald/queue';
import { CallbackHttpClient } from './callback-http-client';
import { CallbackPayloadsService } from './callback-payloads.service';
import { ServiceCallbackSlots } from './service-callback-slots';

/** `busy`: the service already has its limit of callbacks in flight; try again shortly. */
export type CallbackOutcome = 'sent' | 'nothing-to-send' | 'busy';

/** Sends one callback job within its service's share of concurrent requests. */
@Injectable()
export class CallbackDeliveryService {
  private readonly logger = new Logger(CallbackDeliveryService.name);

  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly payloads: CallbackPayloadsService,
    private readonly slots: ServiceCallbackSlots,
    private readonly http: CallbackHttpClient,
  ) {}

  async deliver(job: CallbackJob): Promise<CallbackOutcome> {
    const payload = await this.payloads.build(job);
    if (!payload) return 'nothing-to-send';
    if (!(await this.slots.acquire(job.serviceId, job.eventId))) return 'busy';
    try {
      await this.http.post({
        url: payload.callback.url,
        bearerToken: payload.callback.bearerToken,
        body: payload.body,
        policy: { requireHttps: this.config.environment === 'production', allowPrivateAddresses: this.config.callbacks.allowPrivateUrls },
      });
      return 'sent';
    } finally {
      await this.slots.release(job.serviceId, job.eventId);
    }
  }

  /** Retries are over (or the endpoint refused for good): the department misses this one. */
  giveUp(job: CallbackJob, error: Error): void {
    this.logger.warn(`Callback ${job.callbackType} ${job.eventId} for service ${job.serviceId} not delivered: ${error.message}`);
  }
}
