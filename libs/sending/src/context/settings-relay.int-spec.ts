import { randomBytes, randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { HeraldConfig, loadTestSettings } from '@herald/config';
import { SettingsChange, SettingsChanges } from '@herald/persistence';
import { eventually } from '@herald/testing';
import { publishSettingsChanges } from '@herald/redis';
import { SettingsRelay } from './settings-relay';

type Heard = SettingsChange | 'everything';

/** One process's SettingsChanges, joined to Redis, recording what it hears. */
async function aProcess(config: HeraldConfig) {
  const changes = new SettingsChanges();
  const heard: Heard[] = [];
  changes.listen((change) => heard.push(change));
  const relay = new SettingsRelay(changes, config);
  await relay.onModuleInit();
  return { changes, heard, relay };
}

describe('SettingsRelay on Redis', () => {
  const config = { redisUrl: loadTestSettings().redisUrl, queuePrefix: `{settings-${randomBytes(4).toString('hex')}}` } as HeraldConfig;
  const redis = new Redis(config.redisUrl);
  const relays: SettingsRelay[] = [];
  const started = async () => {
    const joined = await aProcess(config);
    relays.push(joined.relay);
    return joined;
  };
  afterAll(() => {
    relays.forEach((relay) => relay.onApplicationShutdown());
    redis.disconnect();
  });

  it('tells every other process of a change announced in one', async () => {
    const [writer, reader] = [await started(), await started()];
    const change: SettingsChange = { kind: 'api-keys', serviceId: randomUUID() };
    await writer.changes.announce(change);
    expect(writer.heard).toContainEqual(change);
    await eventually(async () => expect(reader.heard).toContainEqual(change));
  });

  it('lets the CLI announce without subscribing', async () => {
    const reader = await started();
    const changes = new SettingsChanges();
    const publisher = publishSettingsChanges(changes, config);
    try {
      const change: SettingsChange = { kind: 'templates', serviceId: randomUUID() };
      await changes.announce(change);
      await eventually(async () => expect(reader.heard).toContainEqual(change));
      expect(changes.hearsOtherProcesses).toBe(false);
    } finally {
      publisher.close();
    }
  });

  it('hears once subscribed, and drops everything when the subscription comes back after a loss', async () => {
    const reader = await started();
    expect(reader.changes.hearsOtherProcesses).toBe(true);
    const dropsBefore = reader.heard.filter((change) => change === 'everything').length;
    const clients = String(await redis.client('LIST', 'TYPE', 'PUBSUB'));
    const ours = clients.split('\n').filter((line) => line.includes(`name=${config.queuePrefix}:settings-changes:subscriber`));
    expect(ours.length).toBeGreaterThan(0);
    for (const line of ours) await redis.client('KILL', 'ID', /\bid=(\d+)/.exec(line)![1]);
    await eventually(async () => expect(reader.heard.filter((change) => change === 'everything').length).toBeGreaterThan(dropsBefore));
    await eventually(async () => expect(reader.changes.hearsOtherProcesses).toBe(true));
  });

  it('ignores a message that is not a settings change', async () => {
    const reader = await started();
    const before = reader.heard.length;
    await redis.publish(`${config.queuePrefix}:settings-changes`, JSON.stringify({ kind: 'everything-please', serviceId: 'x' }));
    const change: SettingsChange = { kind: 'service', serviceId: randomUUID() };
    await redis.publish(`${config.queuePrefix}:settings-changes`, JSON.stringify(change));
    await eventually(async () => expect(reader.heard.slice(before)).toEqual([change]));
  });

  it('reports a change it could not announce, without failing the write that made it', async () => {
    const changes = new SettingsChanges();
    const publisher = publishSettingsChanges(changes, { ...config, redisUrl: 'redis://127.0.0.1:1' });
    const written: string[] = [];
    const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    try {
      await expect(changes.announce({ kind: 'service', serviceId: 'a-service' })).resolves.toBeUndefined();
      expect(written.join('')).toMatch(/Other processes were not told of a change to service a-service's settings/);
    } finally {
      write.mockRestore();
      publisher.close();
    }
  });
});
