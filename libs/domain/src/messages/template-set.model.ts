import type { TemplateCheckReport } from '../checks/template-check.model';
import type { TemplateType } from '../notifications/notification-types';

/** The channels an omnichannel message can use (omnichannel.md §9). */
export const MESSAGE_CHANNELS = ['email', 'sms', 'letter'] as const satisfies readonly TemplateType[];
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/** R-PR-3: `statutory` can never be muted; a recipient may mute `service` and `optional` per service. */
export const TEMPLATE_SET_KINDS = ['statutory', 'service', 'optional'] as const;
export type TemplateSetKind = (typeof TEMPLATE_SET_KINDS)[number];
export const MUTABLE_KINDS = ['service', 'optional'] as const;
export type MutableKind = (typeof MUTABLE_KINDS)[number];

/**
 * A variant's language (R-LF-1..3). `bilingual`: an email or text holds `[[cy]]…[[/cy]]` and
 * `[[en]]…[[/en]]` blocks in one body; a letter holds the English subject and content plus
 * `welshSubject` and `welshContent`, and is printed Welsh pages first (Notify's `welsh_then_english`).
 */
export const VARIANT_LANGUAGES = ['en', 'cy', 'bilingual'] as const;
export type VariantLanguage = (typeof VARIANT_LANGUAGES)[number];

/** One channel-and-language variant of a template set, as edited. */
export interface TemplateSetVariant {
  readonly channel: MessageChannel;
  readonly language: VariantLanguage;
  /** Email and letter; null for a text. */
  readonly subject: string | null;
  readonly content: string;
  /** Bilingual letters only. */
  readonly welshSubject: string | null;
  readonly welshContent: string | null;
}

/** A published variant: the hidden template that renders it, pinned at the version publishing made. */
export interface PublishedVariant extends TemplateSetVariant {
  readonly templateId: string;
  readonly templateVersion: number;
  /**
   * R-TR-7: for an email or text variant of a sensitive set, the hidden alert template sent instead
   * of the content ("you have a new message; sign in to read it"), pinned at publish. It has no
   * placeholders, so no personalisation value can reach it. Absent for letters and other sets.
   */
  readonly alertTemplateId?: string;
  readonly alertTemplateVersion?: number;
}

/** The editable fields of a set (its draft). */
export interface TemplateSetDraft {
  readonly name: string;
  readonly kind: TemplateSetKind;
  /** What a citizen sees this message called, e.g. in their own view of messages sent to them. */
  readonly label: string;
  /** R-TR-7: alerts about a sensitive message never carry its content. */
  readonly sensitive: boolean;
  readonly variants: readonly TemplateSetVariant[];
}

/** A template set as the admin edits it: the draft, and which version (if any) is published. */
export interface TemplateSet extends TemplateSetDraft {
  readonly id: string;
  readonly serviceId: string;
  /** The latest published version; null until the set is first published. Messages use it. */
  readonly publishedVersion: number | null;
  readonly archived: boolean;
  /** R-CK: the checks' report on the draft as last saved (null before checks ran). */
  readonly checks: TemplateCheckReport | null;
  readonly createdAt: Date;
  readonly updatedAt: Date | null;
}

/** One immutable published version of a set; a message pins the version it was sent with. */
export interface TemplateSetVersion {
  readonly setId: string;
  readonly serviceId: string;
  readonly version: number;
  readonly name: string;
  readonly kind: TemplateSetKind;
  readonly label: string;
  readonly sensitive: boolean;
  readonly variants: readonly PublishedVariant[];
  /** R-CK: the checks' report this version was published with (null for versions published before checks ran). */
  readonly checks: TemplateCheckReport | null;
  readonly createdById: string | null;
  readonly createdAt: Date;
}
