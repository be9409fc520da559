import type { FormatNeed, MutableKind, PreferenceChannel, PreferenceSource } from '@herald/domain';

/** Who the staff member is looking up: one of an email address and a phone number. */
export interface RecipientLookupQuery {
  readonly email_address?: string;
  readonly phone_number?: string;
}

/** The person's choices for every service. */
export interface GlobalPreferencesView {
  readonly channels: Partial<Record<PreferenceChannel, boolean>>;
  readonly paper_only: boolean;
  readonly language: string | null;
  readonly format_needs: FormatNeed[];
}

/** The person's choices for this service only. */
export interface ServicePreferencesView {
  readonly channels: Partial<Record<PreferenceChannel, boolean>>;
  readonly muted_kinds: MutableKind[];
}

/** One change: `field` is `channels.<channel>`, `paper_only`, `language`, `format_needs` or `muted_kinds`. */
export interface PreferenceHistoryView {
  readonly field: string;
  readonly old_value: unknown;
  readonly new_value: unknown;
  readonly scope: 'global' | 'service';
  readonly source: PreferenceSource;
  /** The staff member's name, when they are in this service's team; null otherwise. */
  readonly recorded_by: string | null;
  readonly at: string;
}

/** What applies to one person's messages from this service, and how it came to be (newest first). Never another service's layer. */
export interface RecipientPreferencesView {
  /** Masked: `j•••@example.gov.uk` or `•••••••0123`. */
  readonly recipient: string;
  /** The keyed hash the choices are stored under (and the audit log names). */
  readonly recipient_key: string;
  readonly global: GlobalPreferencesView | null;
  readonly service: ServicePreferencesView | null;
  readonly history: PreferenceHistoryView[];
}

/**
 * A choice a person made on the phone or at a counter, recorded by a staff member. Only the
 * fields given change; a channel set to null is removed (the next layer down decides again).
 * `paper_only`, `language` and `format_needs` are global; `muted_kinds` is per service.
 */
export interface AssistedPreferenceChange extends RecipientLookupQuery {
  readonly scope: 'global' | 'service';
  readonly channels?: Partial<Record<PreferenceChannel, boolean | null>>;
  readonly paper_only?: boolean;
  readonly language?: 'en' | 'cy' | null;
  readonly format_needs?: FormatNeed[];
  readonly muted_kinds?: MutableKind[];
  /** `assisted` (the default) or `service`. */
  readonly source?: 'assisted' | 'service';
}
