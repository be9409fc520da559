import { SettingsCache } from './settings-cache';
import { SettingsChanges } from './settings-changes';

/** A load that counts its calls and answers what `value` holds at the time. */
function aLoad<V>(value: { current: V }) {
  const load = Object.assign(async () => ((load.calls += 1), value.current), { calls: 0 });
  return load;
}

describe('SettingsCache', () => {
  const hearing = () => {
    const changes = new SettingsChanges();
    changes.setHearing(true);
    return changes;
  };

  it('answers from memory while it hears other processes', async () => {
    const cache = new SettingsCache<string>(hearing(), 'templates');
    const load = aLoad({ current: 'v1' });
    expect([await cache.get('s1', 't1', load), await cache.get('s1', 't1', load)]).toEqual(['v1', 'v1']);
    expect(load.calls).toBe(1);
  });

  it('reads through while it hears nothing (no carrier, or its subscription lost)', async () => {
    const changes = hearing();
    changes.setHearing(false);
    const cache = new SettingsCache<string>(changes, 'templates');
    const value = { current: 'v1' };
    const load = aLoad(value);
    await cache.get('s1', 't1', load);
    value.current = 'v2';
    expect(await cache.get('s1', 't1', load)).toBe('v2');
  });

  it('drops its kind of the changed service, and nothing else', async () => {
    const changes = hearing();
    const templates = new SettingsCache<string>(changes, 'templates');
    const keys = new SettingsCache<string>(changes, 'api-keys');
    const value = { current: 'v1' };
    const [changed, other, otherKind] = [aLoad(value), aLoad(value), aLoad(value)];
    await Promise.all([templates.get('s1', 't1', changed), templates.get('s2', 't1', other), keys.get('s1', 's1', otherKind)]);
    value.current = 'v2';
    await changes.announce({ kind: 'templates', serviceId: 's1' });
    expect([await templates.get('s1', 't1', changed), await templates.get('s2', 't1', other), await keys.get('s1', 's1', otherKind)]).toEqual([
      'v2',
      'v1',
      'v1',
    ]);
  });

  it('does not keep what a load read before a change it overlapped', async () => {
    const changes = hearing();
    const cache = new SettingsCache<string>(changes, 'api-keys');
    const value = { current: 'before' };
    let finish: () => void = () => undefined;
    const slow = async () => {
      const read = value.current;
      await new Promise<void>((resolve) => (finish = resolve));
      return read;
    };
    const answer = cache.get('s1', 's1', slow);
    value.current = 'after';
    await changes.announce({ kind: 'api-keys', serviceId: 's1' });
    finish();
    expect(await answer).toBe('before');
    expect(await cache.get('s1', 's1', aLoad(value))).toBe('after');
  });

  it('drops everything when its subscription comes back, since changes may have gone unheard', async () => {
    const changes = hearing();
    const cache = new SettingsCache<string>(changes, 'service');
    const value = { current: 'v1' };
    await cache.get('s1', 's1', aLoad(value));
    value.current = 'v2';
    changes.setHearing(false);
    changes.setHearing(true);
    expect(await cache.get('s1', 's1', aLoad(value))).toBe('v2');
  });

  it('reads again once an entry is older than its time to live', async () => {
    const cache = new SettingsCache<string>(hearing(), 'service', 0);
    const load = aLoad({ current: 'v1' });
    await cache.get('s1', 's1', load);
    await cache.get('s1', 's1', load);
    expect(load.calls).toBe(2);
  });

  it('keeps only what `keep` accepts (an unknown template id is asked for again)', async () => {
    const cache = new SettingsCache<string | null>(hearing(), 'templates');
    const load = aLoad<string | null>({ current: null });
    await cache.get('s1', 'nope', load, (found) => found !== null);
    await cache.get('s1', 'nope', load, (found) => found !== null);
    expect(load.calls).toBe(2);
  });

  it('shares one load between concurrent misses', async () => {
    const cache = new SettingsCache<string>(hearing(), 'service');
    const load = aLoad({ current: 'v1' });
    await Promise.all([cache.get('s1', 's1', load), cache.get('s1', 's1', load), cache.get('s1', 's1', load)]);
    expect(load.calls).toBe(1);
  });
});
