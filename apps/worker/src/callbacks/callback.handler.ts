import { Injectable, Logger } from '@nestjs/common';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { CALLBACK_TYPES, ProviderError } from '@herald/domain';
import { HeraldMetrics } from '@herald/metrics';
import { CallbackJob, QUEUES } from '@herald/queue';
import { HandlesJob } from '../job-handlers/handles-job.decorator';
import type { JobHandler } from '../job-handlers/job-handler';
import { CallbackHttpClient } from './callback-http-client';
import { CallbackPayloadsService } from './callback-payloads.service';
import { BUSY_DELAY_MS, CALLBACK_RETRY } from './callback-retry';
import { ServiceCallbackSlots } from './service-callback-slots';

/** `busy`: the service already has its limit of callbacks in flight (the job waits, unless run without a lock). */
export type CallbackOutcome = 'sent' | 'nothing-to-send' | 'busy';

/**
 * One callback to a department's URL (the job is named for its callback type), sent within its
 * service's share of concurrent requests. A refused URL or a 4xx other than 429 is final; anything
 * else is retried with CALLBACK_RETRY.
 */
@Injectable()
@HandlesJob(QUEUES.serviceCallbacks, CALLBACK_TYPES, { retry: CALLBACK_RETRY })
export class CallbackHandler implements JobHandler<CallbackJob> {
  private readonly logger = new Logger(CallbackHandler.name);

  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly payloads: CallbackPayloadsService,
    private readonly slots: ServiceCallbackSlots,
    private readonly http: CallbackHttpClient,
    private readonly metrics: HeraldMetrics,
  ) {}

  async run(job: Job<CallbackJob>, token: string | undefined): Promise<CallbackOutcome> {
    const callback = job.data;
    const payload = await this.payloads.build(callback);
    if (!payload) {
      this.metrics.callbackFinished(callback.callbackType, 'skipped');
      return 'nothing-to-send';
    }
    if (!(await this.slots.acquire(callback.serviceId, callback.eventId))) {
      if (!token) return 'busy';
      // Waiting for the service's own slots uses no attempt.
      await job.moveToDelayed(Date.now() + BUSY_DELAY_MS + Math.floor(Math.random() * BUSY_DELAY_MS), token);
      throw new DelayedError();
    }
    try {
      await this.http.post({
        url: payload.callback.url,
        bearerToken: payload.callback.bearerToken,
        body: payload.body,
        policy: { requireHttps: this.config.environment === 'production', allowPrivateAddresses: this.config.callbacks.allowPrivateUrls },
      });
      this.metrics.callbackFinished(callback.callbackType, 'sent');
      return 'sent';
    } catch (error) {
      if (error instanceof ProviderError && error.kind === 'permanent') {
        this.metrics.callbackFinished(callback.callbackType, 'refused');
        throw new UnrecoverableError(error.message);
      }
      this.metrics.callbackFinished(callback.callbackType, 'failed');
      throw error;
    } finally {
      await this.slots.release(callback.serviceId, callback.eventId);
    }
  }

  /** Retries are over (or the endpoint refused for good): the department misses this one. */
  failed(job: Job<CallbackJob>, error: Error): void {
    if (error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1)) {
      // A refusal was counted when it happened; retries running out is counted here.
      if (!(error instanceof UnrecoverableError)) this.metrics.callbackFinished(job.data.callbackType, 'given-up');
      this.logger.warn(`Callback ${job.data.callbackType} ${job.data.eventId} for service ${job.data.serviceId} not delivered: ${error.message}`);
    }
  }
}
