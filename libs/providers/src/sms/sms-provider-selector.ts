import { Logger } from '@nestjs/common';
import { ProviderError, SmsProvider } from '@herald/domain';
import { SmsProviderHealth, SmsProviderState } from './sms-provider-health';

/**
 * Picks the SMS provider for the next send: the highest-priority one that is switched on and has
 * not failed its last `failureThreshold` sends. When every provider is failing, the highest that
 * is switched on is still tried: a text is better late than never attempted.
 */
export class SmsProviderSelector {
  private readonly logger = new Logger(SmsProviderSelector.name);

  /** `providers` are in priority order, highest first. */
  constructor(
    private readonly providers: readonly SmsProvider[],
    private readonly health: SmsProviderHealth,
    private readonly failureThreshold: number,
  ) {
    if (providers.length === 0) throw new Error('SmsProviderSelector needs at least one provider');
  }

  async choose(): Promise<SmsProvider> {
    const states = await this.health.states(this.providers.map((p) => p.name)).catch((error: Error) => {
      this.logger.warn(`Could not read SMS provider health (${error.message}); using the priority order`);
      return new Map<string, SmsProviderState>();
    });
    const switchedOn = this.providers.filter((p) => !states.get(p.name)?.switchedOff);
    if (switchedOn.length === 0) throw ProviderError.retryable('Every SMS provider is switched off');
    return switchedOn.find((p) => (states.get(p.name)?.recentFailures ?? 0) < this.failureThreshold) ?? switchedOn[0];
  }

  /**
   * Health bookkeeping never fails a send: a text the provider took must not be sent again
   * because Redis hiccuped afterwards.
   */
  async recordSuccess(provider: SmsProvider): Promise<void> {
    await this.health.recordSuccess(provider.name).catch((error: Error) => this.logger.warn(`Could not record a success of ${provider.name}: ${error.message}`));
  }

  async recordFailure(provider: SmsProvider): Promise<void> {
    await this.health.recordFailure(provider.name).catch((error: Error) => this.logger.warn(`Could not record a failure of ${provider.name}: ${error.message}`));
  }
}
