import type { LetterFormat } from '@herald/domain';

/** One letter on the operators' queue: what to produce, for which service. */
export interface AlternativeFormatView {
  readonly notification_id: string;
  readonly service: { readonly id: string; readonly name: string };
  readonly message_id: string;
  readonly format: LetterFormat;
  /** The letter as plain text, the source for braille, audio or easy read. */
  readonly rendered_text: string;
  readonly created_at: string;
  /** The operator who produced it; null while open. */
  readonly done_by: string | null;
  readonly done_at: string | null;
}

/** Open items, oldest first. */
export interface AlternativeFormatListView {
  readonly alternative_formats: AlternativeFormatView[];
}
