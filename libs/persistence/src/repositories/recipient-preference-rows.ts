import type {
  ChannelSwitches,
  FormatNeed,
  GlobalPreferences,
  MutableKind,
  PreferenceChannel,
  PreferenceSource,
  RecipientPreferences,
  ServicePreferences,
} from '@herald/domain';
import type { RecipientPreferenceEntity } from '../entities/recipient-preference.entity';

/**
 * A partial change to one layer. A channel switch set to null is removed (the next layer down
 * decides again). `formatNeeds`, `paperOnly` and `language` belong to the global layer and
 * `mutedKinds` to a service's layer, as the router reads them (channel-permission.ts).
 */
export interface PreferenceUpdate {
  readonly channels?: Readonly<Partial<Record<PreferenceChannel, boolean | null>>>;
  readonly paperOnly?: boolean;
  readonly language?: string | null;
  readonly formatNeeds?: readonly FormatNeed[];
  readonly mutedKinds?: readonly MutableKind[];
}

/** One field whose value a change moved, as the history stores it. */
export interface FieldChange {
  readonly field: string;
  readonly oldValue: unknown;
  readonly newValue: unknown;
}

/** The global layer's row key. */
export const GLOBAL_LAYER = '';

export function blankRow(recipientKey: string, serviceId: string, source: PreferenceSource, at: Date): RecipientPreferenceEntity {
  return { recipientKey, serviceId, channels: '{}', paperOnly: false, language: null, formatNeeds: '[]', mutedKinds: '[]', source, updatedAt: at };
}

/** The fields of `update` that differ from the stored row, and the row as it becomes (history: channels one switch at a time). */
export function applyUpdate(row: RecipientPreferenceEntity, update: PreferenceUpdate): { row: RecipientPreferenceEntity; changes: FieldChange[] } {
  const changes: FieldChange[] = [];
  const channels: Record<string, boolean> = { ...(JSON.parse(row.channels) as ChannelSwitches) };
  for (const [channel, wanted] of Object.entries(update.channels ?? {})) {
    if (wanted === undefined) continue;
    const before = channels[channel] ?? null;
    if (before === wanted) continue;
    if (wanted === null) delete channels[channel];
    else channels[channel] = wanted;
    changes.push({ field: `channels.${channel}`, oldValue: before, newValue: wanted });
  }
  const next = { ...row, channels: JSON.stringify(channels) };
  if (update.paperOnly !== undefined && update.paperOnly !== row.paperOnly) {
    changes.push({ field: 'paperOnly', oldValue: row.paperOnly, newValue: update.paperOnly });
    next.paperOnly = update.paperOnly;
  }
  if (update.language !== undefined && update.language !== row.language) {
    changes.push({ field: 'language', oldValue: row.language, newValue: update.language });
    next.language = update.language;
  }
  for (const field of ['formatNeeds', 'mutedKinds'] as const) {
    const wanted = update[field];
    if (wanted === undefined) continue;
    const before = JSON.parse(row[field]) as string[];
    const after = [...new Set(wanted)].sort();
    if (JSON.stringify([...before].sort()) === JSON.stringify(after)) continue;
    changes.push({ field, oldValue: before, newValue: after });
    next[field] = JSON.stringify(after);
  }
  return { row: next, changes };
}

/** The two stored layers of one key (either may be missing) as the router reads them. */
export function toPreferences(
  recipientKey: string,
  global: RecipientPreferenceEntity | undefined,
  service: RecipientPreferenceEntity | undefined,
): RecipientPreferences {
  const latest = [global, service]
    .filter((r): r is RecipientPreferenceEntity => r !== undefined)
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0];
  return {
    recipientKey,
    global: global ? globalLayer(global) : null,
    service: service ? serviceLayer(service) : null,
    source: latest?.source ?? null,
    updatedAt: latest?.updatedAt ?? null,
  };
}

function globalLayer(row: RecipientPreferenceEntity): GlobalPreferences {
  return {
    channels: JSON.parse(row.channels) as ChannelSwitches,
    paperOnly: row.paperOnly,
    language: row.language,
    formatNeeds: JSON.parse(row.formatNeeds) as FormatNeed[],
  };
}

function serviceLayer(row: RecipientPreferenceEntity): ServicePreferences {
  return { channels: JSON.parse(row.channels) as ChannelSwitches, mutedKinds: JSON.parse(row.mutedKinds) as MutableKind[] };
}
