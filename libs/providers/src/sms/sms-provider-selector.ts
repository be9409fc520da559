import { Logger } from '@nestjs/common';
import type { SmsFailoverSettings } from '@herald/config';
import {
  EMPTY_WINDOW,
  judgeSmsProvider,
  ProviderError,
  reportSmsProviders,
  SmsProvider,
  SmsProviderHealth,
  SmsProviderReport,
  SmsProviderState,
  SmsProviderVerdict,
  SmsSendOutcome,
} from '@herald/domain';

/** How long one read of the shared health serves this process's sends: one Redis round trip a second at most. */
const DEFAULT_CACHE_MS = 1000;

const UNKNOWN: SmsProviderState = { switchedOff: false, tripped: false, window: EMPTY_WINDOW };

/**
 * Picks the SMS provider for the next send, as a circuit breaker per provider shared by every
 * worker through Redis:
 * - a provider whose window turns unhealthy (error rate or p90 latency) is failed over, and texts
 *   go to the highest-priority provider that is switched on and healthy;
 * - while failed over, each worker lets one text through to it every probe interval (half-open),
 *   a text on its first try only;
 *   enough successes in a row bring it back with a fresh window (see RedisSmsProviderHealth);
 * - when no switched-on provider is healthy, the highest is still tried: better late than never.
 */
export class SmsProviderSelector {
  private readonly logger = new Logger(SmsProviderSelector.name);
  private cached: { readonly at: number; readonly states: Promise<Map<string, SmsProviderState>> } | null = null;
  private readonly lastProbe = new Map<string, number>();
  private lastChoice: string | null = null;

  /** `providers` are in priority order, highest first. */
  constructor(
    private readonly providers: readonly SmsProvider[],
    private readonly health: SmsProviderHealth,
    private readonly settings: SmsFailoverSettings,
    private readonly cacheMs = DEFAULT_CACHE_MS,
    private readonly now: () => number = Date.now,
  ) {
    if (providers.length === 0) throw new Error('SmsProviderSelector needs at least one provider');
  }

  /**
   * `mayProbe: false` for a text that has been tried before: a retry goes to the provider in
   * rotation, never to a failed-over one as its probe. Otherwise, once other traffic stops, the
   * only texts left are retries, and each would be spent probing a provider that still hangs.
   */
  async choose(options: { readonly mayProbe: boolean } = { mayProbe: true }): Promise<SmsProvider> {
    const states = await this.currentStates();
    const switchedOn = this.providers.filter((p) => !(states.get(p.name) ?? UNKNOWN).switchedOff);
    if (switchedOn.length === 0) throw ProviderError.retryable('Every SMS provider is switched off');
    const verdicts = new Map(switchedOn.map((p) => [p.name, judgeSmsProvider((states.get(p.name) ?? UNKNOWN).window, this.settings)]));
    await this.tripNewlyUnhealthy(switchedOn, states, verdicts);
    const inRotation = (p: SmsProvider) => verdicts.get(p.name)?.healthy && !(states.get(p.name) ?? UNKNOWN).tripped;
    const chosen = switchedOn.find(inRotation) ?? switchedOn[0];
    const probe = options.mayProbe && switchedOn.find((p) => p !== chosen && (states.get(p.name) ?? UNKNOWN).tripped && this.probeDue(p));
    if (probe) return probe;
    this.noteChange(chosen, verdicts);
    return chosen;
  }

  /**
   * Health bookkeeping never fails a send: a text the provider took must not be sent again
   * because Redis hiccuped afterwards.
   */
  async record(provider: SmsProvider, outcome: SmsSendOutcome): Promise<void> {
    await this.health
      .record(provider.name, outcome)
      .catch((error: Error) => this.logger.warn(`Could not record a send through ${provider.name}: ${error.message}`));
  }

  /** Every provider by priority with its switch and its window, read fresh (for operators). */
  async report(): Promise<SmsProviderReport[]> {
    const names = this.providers.map((p) => p.name);
    return reportSmsProviders(names, await this.health.states(names), this.settings);
  }

  /** Concurrent sends share one read; an unreachable store means the plain priority order. */
  private currentStates(): Promise<Map<string, SmsProviderState>> {
    if (this.cached && this.now() - this.cached.at < this.cacheMs) return this.cached.states;
    const states = this.health.states(this.providers.map((p) => p.name)).catch((error: Error) => {
      this.logger.warn(`Could not read SMS provider health (${error.message}); using the priority order`);
      return new Map<string, SmsProviderState>();
    });
    this.cached = { at: this.now(), states };
    return states;
  }

  /** The first worker to see a provider's window turn unhealthy fails it over for all. */
  private async tripNewlyUnhealthy(switchedOn: SmsProvider[], states: Map<string, SmsProviderState>, verdicts: Map<string, SmsProviderVerdict>): Promise<void> {
    for (const provider of switchedOn) {
      const state = states.get(provider.name);
      if (!state || state.tripped || verdicts.get(provider.name)?.healthy) continue;
      // Seen as tripped by this worker until the next read, so it is tripped once.
      states.set(provider.name, { ...state, tripped: true });
      this.lastProbe.set(provider.name, this.now());
      this.logger.warn(`SMS provider ${provider.name} is failed over: ${verdicts.get(provider.name)?.reason}`);
      await this.health.trip(provider.name).catch((error: Error) => this.logger.warn(`Could not fail over ${provider.name}: ${error.message}`));
    }
  }

  private probeDue(provider: SmsProvider): boolean {
    const last = this.lastProbe.get(provider.name);
    if (last !== undefined && this.now() - last < this.settings.probeIntervalMs) return false;
    this.lastProbe.set(provider.name, this.now());
    return true;
  }

  private noteChange(chosen: SmsProvider, verdicts: Map<string, SmsProviderVerdict>): void {
    if (this.lastChoice === chosen.name) return;
    if (this.lastChoice !== null)
      this.logger.warn(`Texts now go through ${chosen.name}${verdicts.get(chosen.name)?.healthy ? '' : ' (no healthy provider is switched on)'}`);
    this.lastChoice = chosen.name;
  }
}
