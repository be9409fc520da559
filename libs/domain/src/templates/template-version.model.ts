import type { TemplateType } from '../notifications/notification-types';

/** One version of a template, as pinned on a notification. */
export interface TemplateVersion {
  readonly id: string;
  readonly serviceId: string;
  readonly name: string;
  readonly type: TemplateType;
  readonly subject: string | null;
  readonly content: string;
  readonly version: number;
  readonly archived: boolean;
  readonly hidden: boolean;
  readonly postage: string | null;
  readonly letterContactBlock: string | null;
  /** Template-set variants: `en`, `cy` or `bilingual`; null for an ordinary template (English). */
  readonly language: string | null;
  /** A bilingual letter's Welsh subject and content (printed first). */
  readonly welshSubject: string | null;
  readonly welshContent: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date | null;
  readonly createdByEmail: string | null;
}
