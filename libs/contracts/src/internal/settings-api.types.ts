/** The internal API's service settings (admin: /services/:serviceId/settings). */

export type SettingsChannel = 'email' | 'sms' | 'letter';

export interface ReplyToView {
  readonly id: string;
  readonly email_address: string;
  readonly is_default: boolean;
}

export interface SmsSenderView {
  readonly id: string;
  readonly sms_sender: string;
  readonly is_default: boolean;
  readonly inbound_number: string | null;
}

export interface LetterContactView {
  readonly id: string;
  readonly contact_block: string;
  readonly is_default: boolean;
}

export interface BrandingView {
  /** `#1d70b8`, or null for the default dark banner. */
  readonly colour: string | null;
  readonly banner_text: string | null;
  /** The logo's public URL on the API (`/branding/<id>.png`), as emails show it. */
  readonly logo_url: string | null;
}

export interface GoLiveRequestView {
  readonly id: string;
  readonly status: 'pending' | 'approved' | 'rejected';
  readonly created_at: string;
  readonly decided_at: string | null;
  /** What the team wrote (expected volumes per channel), as label/value pairs, as operators see it. */
  readonly details: ReadonlyArray<{ readonly label: string; readonly value: string }>;
}

export interface ServiceSettingsView {
  /** `organisation`: the department the service sends for, named to recipients and auditors; null when not set. */
  readonly service: { readonly id: string; readonly name: string; readonly live: boolean; readonly organisation: string | null };
  readonly reply_to_addresses: ReplyToView[];
  readonly sms_senders: SmsSenderView[];
  readonly letter_contacts: LetterContactView[];
  readonly branding: BrandingView | null;
  /** Days kept per channel (3 to 90; 7 unless changed). */
  readonly retention: Readonly<Record<SettingsChannel, number>>;
  readonly go_live_request: GoLiveRequestView | null;
}

export interface NewReplyTo {
  readonly email_address: string;
  readonly is_default?: boolean;
}

export interface NewSmsSender {
  readonly sms_sender: string;
  readonly is_default?: boolean;
}

export interface NewLetterContact {
  readonly contact_block: string;
  readonly is_default?: boolean;
}

export interface BrandingChange {
  /** Hex: `#1d70b8`, `1d70b8`; blank for none. */
  readonly colour: string;
  readonly banner_text: string;
  /** A new logo (PNG or JPEG, at most 2 MB) as base64; leave out to keep the current one. */
  readonly logo_base64?: string;
  readonly remove_logo?: boolean;
}

/** Each channel's days as typed in the form (validated by the API). */
export type RetentionChange = Readonly<Record<SettingsChannel, string>>;

export interface GoLiveRequestForm {
  /** Expected messages a year per channel, as typed. */
  readonly volumes: Readonly<Record<SettingsChannel, string>>;
  /** The team confirms it has read the terms and checked its templates. */
  readonly confirmed: boolean;
}
