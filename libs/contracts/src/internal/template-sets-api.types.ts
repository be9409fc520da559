import type { MessageChannel, TemplateSetKind, VariantLanguage } from '@herald/domain';
import type { CheckReportView } from '../template-checks-api.types';

/** One channel-and-language variant as the admin edits it. */
export interface TemplateSetVariantView {
  readonly channel: MessageChannel;
  readonly language: VariantLanguage;
  /** Email subject or letter heading; null for a text message. */
  readonly subject: string | null;
  readonly content: string;
  /** Bilingual letters only: the Welsh pages' heading and text. */
  readonly welsh_subject: string | null;
  readonly welsh_content: string | null;
}

/** A published variant pins the hidden template (and its version) every attempt is composed from. */
export interface PublishedVariantView extends TemplateSetVariantView {
  readonly template_id: string;
  readonly template_version: number;
}

export interface TemplateSetVersionView {
  readonly set_id: string;
  readonly version: number;
  readonly name: string;
  readonly kind: TemplateSetKind;
  readonly label: string;
  readonly sensitive: boolean;
  readonly variants: PublishedVariantView[];
  /** R-CK: the report this version was published with; null for a version published before checks ran. */
  readonly checks: CheckReportView | null;
  readonly created_at: string;
}

export interface TemplateSetSummaryView {
  readonly id: string;
  readonly name: string;
  readonly kind: TemplateSetKind;
  readonly label: string;
  readonly sensitive: boolean;
  /** Null until first published. */
  readonly published_version: number | null;
  readonly updated_at: string;
}

export interface TemplateSetListView {
  readonly template_sets: TemplateSetSummaryView[];
}

/** The draft, with the version messages use now. */
export interface TemplateSetView {
  readonly id: string;
  readonly name: string;
  readonly kind: TemplateSetKind;
  readonly label: string;
  readonly sensitive: boolean;
  readonly variants: TemplateSetVariantView[];
  readonly published_version: number | null;
  readonly archived: boolean;
  readonly created_at: string;
  readonly updated_at: string | null;
  readonly published: TemplateSetVersionView | null;
  /** R-CK: the report on the draft: errors are shown here and refuse publishing. */
  readonly checks: CheckReportView;
}

/** A variant as a form sends it; checked whole. */
export interface TemplateSetVariantFields {
  readonly channel: MessageChannel | string;
  readonly language: VariantLanguage | string;
  readonly subject?: string | null;
  readonly content?: string;
  readonly welsh_subject?: string | null;
  readonly welsh_content?: string | null;
  /** R-RT-3: only `delivered` is accepted (Herald never tracks opens or clicks); checked, not stored. */
  readonly success?: string;
}

/** A new set, or the whole new draft of one. */
export interface TemplateSetFields {
  readonly name?: string;
  readonly kind?: TemplateSetKind | string;
  readonly label?: string;
  readonly sensitive?: boolean;
  readonly variants?: TemplateSetVariantFields[];
}

/** `standard`, or `large_print` for a letter's large-print rendering (R-LF-4). */
export type VariantPreviewFormat = 'standard' | 'large_print';

/** An email variant as sent, placeholders shown as ((name)). */
export interface EmailVariantPreview {
  readonly channel: 'email';
  readonly subject: string;
  readonly html: string;
}

/** A text message variant as sent, with its fragment count. */
export interface SmsVariantPreview {
  readonly channel: 'sms';
  readonly body: string;
  readonly fragments: number;
  readonly unicode: boolean;
}

export type VariantPreview = EmailVariantPreview | SmsVariantPreview;
