/** R-PR-1: the channels a person can switch on or off (`inbox` is the citizen inbox of a later issue). */
export const PREFERENCE_CHANNELS = ['email', 'sms', 'letter', 'inbox'] as const;
export type PreferenceChannel = (typeof PREFERENCE_CHANNELS)[number];
export type ChannelSwitches = Readonly<Partial<Record<PreferenceChannel, boolean>>>;

export const FORMAT_NEEDS = ['large_print', 'braille', 'audio', 'easy_read', 'bsl'] as const;
export type FormatNeed = (typeof FORMAT_NEEDS)[number];

export const PREFERENCE_SOURCES = ['citizen', 'service', 'register', 'assisted'] as const;
export type PreferenceSource = (typeof PREFERENCE_SOURCES)[number];

/** R-PR-4: which layer decided a channel. */
export const PREFERENCE_LAYERS = ['citizen_service', 'citizen_global', 'service_default'] as const;
export type PreferenceLayer = (typeof PREFERENCE_LAYERS)[number];

/** Languages a person can choose (BCP-47). */
export const PREFERENCE_LANGUAGES = ['en', 'cy'] as const;

/** A person's global choices, stored under their recipient key (never their address). */
export interface GlobalPreferences {
  readonly channels: ChannelSwitches;
  readonly paperOnly: boolean;
  readonly language: string | null;
  readonly formatNeeds: readonly FormatNeed[];
}

/** A person's choices for one service. */
export interface ServicePreferences {
  readonly channels: ChannelSwitches;
  /** Kinds of message the person muted from this service (`statutory` cannot be muted). */
  readonly mutedKinds: readonly ('service' | 'optional')[];
}

/** What is stored for one recipient key: the global layer and, when asked for one service, its layer. */
export interface RecipientPreferences {
  readonly recipientKey: string;
  readonly global: GlobalPreferences | null;
  readonly service: ServicePreferences | null;
  readonly source: PreferenceSource | null;
  readonly updatedAt: Date | null;
}

/** One entry of the full history (R-PR-1): what changed, from what, to what, by whom. */
export interface PreferenceChange {
  readonly id: string;
  readonly recipientKey: string;
  /** Null for a change to the global layer. */
  readonly serviceId: string | null;
  readonly field: string;
  readonly oldValue: unknown;
  readonly newValue: unknown;
  readonly source: PreferenceSource;
  /** The staff member who recorded an assisted change, or null. */
  readonly actorId: string | null;
  readonly at: Date;
}
