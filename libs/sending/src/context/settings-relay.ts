import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { SETTINGS_KINDS, SettingsChange, SettingsChanges } from '@herald/persistence';
import { RedisSettingsChannel } from '@herald/redis';

/**
 * Joins this process's SettingsChanges to the other processes' through Redis pub/sub: what the
 * repositories here announce is published, what others publish is heard, and caches know when
 * the subscription is up (CachedSettings reads through while it is not).
 */
@Injectable()
export class SettingsRelay implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('SettingsRelay');
  private readonly channel: RedisSettingsChannel;

  constructor(
    private readonly changes: SettingsChanges,
    @InjectConfig() config: HeraldConfig,
  ) {
    this.channel = new RedisSettingsChannel(config, config.queuePrefix, (message) => this.logger.warn(message));
  }

  async onModuleInit(): Promise<void> {
    this.changes.attach(this.channel);
    await this.channel.subscribe({
      message: (message) => {
        if (isSettingsChange(message)) this.changes.heard(message);
      },
      hearing: (hearing) => this.changes.setHearing(hearing),
    });
  }

  onApplicationShutdown(): void {
    this.changes.setHearing(false);
    this.channel.close();
  }
}

function isSettingsChange(message: unknown): message is SettingsChange {
  const change = message as Partial<SettingsChange> | null;
  return typeof change?.serviceId === 'string' && (SETTINGS_KINDS as readonly unknown[]).includes(change.kind);
}
