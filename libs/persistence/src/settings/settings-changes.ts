import { Injectable, Logger } from '@nestjs/common';

/** The settings API processes keep in memory (CachedSettings), by kind: a change drops one kind of one service's entries. */
export type SettingsKind = 'service' | 'api-keys' | 'templates' | 'reply-tos' | 'sms-senders' | 'email-branding';

export const SETTINGS_KINDS: readonly SettingsKind[] = ['service', 'api-keys', 'templates', 'reply-tos', 'sms-senders', 'email-branding'];

export interface SettingsChange {
  readonly kind: SettingsKind;
  readonly serviceId: string;
}

/** Carries changes to the other processes (Redis pub/sub: libs/sending's SettingsRelay). Never rejects. */
export interface SettingsChangeCarrier {
  publish(change: SettingsChange): Promise<void>;
}

/** `everything`: changes may have gone unheard (a subscription was lost), so nothing cached can be trusted. */
export type SettingsListener = (change: SettingsChange | 'everything') => void;

/**
 * Every change to a cached setting passes here, from the repository that wrote it, once it is
 * committed: listeners in this process hear it at once, and the carrier, when one is attached,
 * tells every other process (the API's internal endpoints, the CLI and system code all write
 * through the repositories). Caches trust what they hold only while `hearsOtherProcesses`: while
 * the carrier's subscription is down, a change made elsewhere could go unheard, so they read through.
 */
@Injectable()
export class SettingsChanges {
  private readonly logger = new Logger('SettingsChanges');
  private readonly listeners = new Set<SettingsListener>();
  private carrier: SettingsChangeCarrier | null = null;
  private hearing = false;

  /** After the change is committed: another process that read before the commit may still cache what it read, until told. */
  async announce(change: SettingsChange): Promise<void> {
    this.deliver(change);
    await this.carrier?.publish(change).catch((error: Error) => this.logger.warn(`A settings change was not announced: ${error.message}`));
  }

  /** A change another process announced (or this one's own, come back: dropping twice is harmless). */
  heard(change: SettingsChange): void {
    this.deliver(change);
  }

  attach(carrier: SettingsChangeCarrier): void {
    this.carrier = carrier;
  }

  /** The carrier's subscription came up or went down. Coming up, everything cached is dropped first: changes may have been missed. */
  setHearing(hearing: boolean): void {
    if (hearing) this.deliver('everything');
    this.hearing = hearing;
  }

  get hearsOtherProcesses(): boolean {
    return this.hearing;
  }

  listen(listener: SettingsListener): void {
    this.listeners.add(listener);
  }

  private deliver(change: SettingsChange | 'everything'): void {
    for (const listener of this.listeners) listener(change);
  }
}
