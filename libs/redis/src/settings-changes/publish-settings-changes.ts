import type { HeraldConfig } from '@herald/config';
import type { RedisTarget } from '../redis-connection';
import { RedisSettingsChannel } from './redis-settings-channel';

/**
 * For a program without Nest (the CLI): announces this process's changes to the others, hearing
 * none (it caches nothing). `changes` is libs/persistence's SettingsChanges. Close it when done.
 */
export function publishSettingsChanges(
  changes: { attach(carrier: RedisSettingsChannel): void },
  config: RedisTarget & Pick<HeraldConfig, 'queuePrefix'>,
): { close(): void } {
  const channel = new RedisSettingsChannel(config, config.queuePrefix, (message) => process.stderr.write(`${message}\n`));
  changes.attach(channel);
  return channel;
}
