import type { SettingsChange, SettingsChanges, SettingsKind } from './settings-changes';

/** How long an entry is trusted without a word from SettingsChanges: the safety net if a change goes unheard. */
export const SETTINGS_TTL_MS = 60_000;
/** More entries than any real set of services needs; past it, everything is dropped rather than tracked. */
const MAX_ENTRIES = 20_000;

interface Entry<V> {
  readonly value: V;
  readonly expiresAt: number;
}

/**
 * One kind of setting (`kind`), cached per service in this process. A load that a change
 * overtook (the change was heard while the load was reading) is answered but not kept: it may
 * have read the row from before the change. Concurrent misses of one key share a load.
 */
export class SettingsCache<V> {
  private readonly services = new Map<string, Map<string, Entry<V>>>();
  private readonly loading = new Map<string, Promise<V>>();
  private size = 0;
  /** Bumped on every change heard, so a load can tell whether one overtook it. */
  private generation = 0;

  constructor(
    private readonly changes: SettingsChanges,
    private readonly kind: SettingsKind,
    private readonly ttlMs = SETTINGS_TTL_MS,
  ) {
    changes.listen((change) => this.drop(change));
  }

  /** `keep(value)` false: answered, not cached (a template id nobody has: anyone can ask for a new one every time). */
  async get(serviceId: string, key: string, load: () => Promise<V>, keep: (value: V) => boolean = () => true): Promise<V> {
    if (!this.changes.hearsOtherProcesses) return load();
    const entry = this.services.get(serviceId)?.get(key);
    if (entry && entry.expiresAt > Date.now()) return entry.value;
    const loadKey = `${serviceId}\n${key}`;
    const pending = this.loading.get(loadKey);
    if (pending) return pending;
    const generation = this.generation;
    const loaded = load().finally(() => {
      if (this.loading.get(loadKey) === loaded) this.loading.delete(loadKey);
    });
    this.loading.set(loadKey, loaded);
    const value = await loaded;
    if (generation === this.generation && this.changes.hearsOtherProcesses && keep(value)) this.keep(serviceId, key, value);
    return value;
  }

  private keep(serviceId: string, key: string, value: V): void {
    if (this.size >= MAX_ENTRIES) this.clear();
    let entries = this.services.get(serviceId);
    if (!entries) this.services.set(serviceId, (entries = new Map()));
    if (!entries.has(key)) this.size += 1;
    entries.set(key, { value, expiresAt: Date.now() + this.ttlMs });
  }

  private drop(change: SettingsChange | 'everything'): void {
    if (change !== 'everything' && change.kind !== this.kind) return;
    this.generation += 1;
    if (change === 'everything') {
      this.clear();
      return;
    }
    this.size -= this.services.get(change.serviceId)?.size ?? 0;
    this.services.delete(change.serviceId);
    // A load in flight may have read the row before the change: later callers must not join it.
    for (const loadKey of this.loading.keys()) if (loadKey.startsWith(`${change.serviceId}\n`)) this.loading.delete(loadKey);
  }

  private clear(): void {
    this.services.clear();
    this.loading.clear();
    this.size = 0;
  }
}
