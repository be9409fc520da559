/**
 * A person's own view (R-TR): `/herald/v1/me/*`, called with the access token of the person's
 * OpenID Connect sign-in (never a service's API key: that gets 403). Field names are snake_case,
 * as in the rest of Herald's public API.
 */

/** One channel Herald tried, or decided not to, for a message (R-TR-1). */
export interface MeChannelOutcome {
  readonly channel: 'email' | 'sms' | 'letter';
  /** `attempted` or `skipped`; `pending` while a fallback waits. */
  readonly decision: 'pending' | 'attempted' | 'skipped';
  /** The route reason (`permitted`, `recipient_paper_only`, `lookup_not_found`...). */
  readonly reason: string;
  /** The attempt's Notify status (`delivered`, `permanent-failure`...) when one was made. */
  readonly status: string | null;
  /** A plain-words description for people: "Delivered", "Not tried: you asked for paper only". */
  readonly description: string;
}

/** One message sent to the signed-in person (R-TR-1, R-TR-2). */
export interface MeMessage {
  readonly id: string;
  readonly created_at: string;
  readonly organisation: string | null;
  readonly service: string;
  /** The template set's citizen label ("Your passport renewal"). */
  readonly label: string;
  readonly kind: 'statutory' | 'service' | 'optional';
  readonly status: 'created' | 'routing' | 'delivered' | 'failed' | 'cancelled';
  readonly status_reason: string | null;
  readonly delivered_via: 'email' | 'sms' | 'letter' | null;
  readonly channels: readonly MeChannelOutcome[];
  /**
   * The message as the service wrote it, while it is kept; null once deleted (then `content_note`
   * says when). A sensitive message's email and text carried only an alert (R-TR-7): its content
   * is read here, after sign-in.
   */
  readonly content: { readonly subject: string | null; readonly body: string } | null;
  /** "deleted after 7 days" once the content is gone. */
  readonly content_note: string | null;
  readonly sensitive: boolean;
}

export interface MeMessagesResponse {
  readonly messages: readonly MeMessage[];
  readonly offset: number;
  readonly limit: number;
  readonly total: number;
}

/** One look-up of the person's details in a register (R-TR-3). */
export interface MeLookup {
  readonly id: string;
  readonly at: string;
  readonly organisation: string | null;
  readonly service: string;
  readonly register: string;
  /** The purpose in words written for the citizen. */
  readonly purpose: string;
  readonly fields_requested: readonly string[];
  readonly outcome: 'found' | 'not_found' | 'declined' | 'unavailable';
  readonly message_id: string | null;
}

export interface MeLookupsResponse {
  readonly lookups: readonly MeLookup[];
  readonly offset: number;
  readonly limit: number;
  readonly total: number;
}

/** The person's global choices (R-TR-5). */
export interface MePreferences {
  readonly channels: { readonly email?: boolean; readonly sms?: boolean; readonly letter?: boolean };
  readonly paper_only: boolean;
  readonly language: 'en' | 'cy' | null;
  readonly format_needs: readonly ('large_print' | 'braille' | 'audio' | 'easy_read' | 'bsl')[];
  readonly updated_at: string | null;
}

/**
 * A change to the person's choices. Confirmed through the channel the person chose, or by letter
 * for paper only; `confirm_to` gives where, when Herald does not know it from the sign-in
 * (a postal address for paper only, `address_line_1..7`).
 */
export interface MePreferencesChange {
  readonly channels?: { readonly email?: boolean; readonly sms?: boolean; readonly letter?: boolean };
  readonly paper_only?: boolean;
  readonly language?: 'en' | 'cy' | null;
  readonly format_needs?: readonly ('large_print' | 'braille' | 'audio' | 'easy_read' | 'bsl')[];
  readonly confirm_to?: { readonly address?: Readonly<Record<string, string>> };
}

export interface MePreferencesChanged {
  readonly preferences: MePreferences;
  /** How the change was confirmed: the channel and the confirmation's notification id. */
  readonly confirmation: { readonly channel: 'email' | 'sms' | 'letter'; readonly notification_id: string } | null;
}

export interface MePreferenceChange {
  readonly at: string;
  readonly field: string;
  readonly old_value: unknown;
  readonly new_value: unknown;
  readonly source: 'citizen' | 'service' | 'register' | 'assisted';
  readonly service: string | null;
}

/** R-TR-4: everything Herald holds about the person; `schema` names the published JSON schema. */
export interface MeExport {
  readonly schema: string;
  readonly exported_at: string;
  readonly messages: readonly MeMessage[];
  readonly lookups: readonly MeLookup[];
  readonly preferences: MePreferences;
  readonly preference_history: readonly MePreferenceChange[];
}

/** Who is signed in, as Herald sees it: never the raw identity number, only what the person can recognise. */
export interface MeProfile {
  readonly name: string | null;
  readonly email_address: string | null;
  readonly phone_number: string | null;
  /** The identifier scheme Herald matched (e.g. `nino`), without its value. */
  readonly identifier_scheme: string | null;
}
