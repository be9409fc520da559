import type { TemplateCheckReport } from '../checks/template-check.model';
import type { TemplateType } from '../notifications/notification-types';

/** A new template's fields. */
export interface TemplateFieldsInput {
  readonly name: string;
  readonly type: TemplateType;
  readonly subject: string | null;
  readonly content: string;
  readonly postage?: string | null;
  readonly letterContactBlock?: string | null;
  readonly createdById?: string | null;
  /** The admin's folder for a new template (not versioned). */
  readonly folderId?: string | null;
  /** A template set's variant (hidden): its language and, for a bilingual letter, the Welsh text. */
  readonly hidden?: boolean;
  readonly language?: string | null;
  readonly welshSubject?: string | null;
  readonly welshContent?: string | null;
  /** R-CK: the checks' report on these fields, stored on the version (null: not checked, as a set's hidden variant). */
  readonly checks?: TemplateCheckReport | null;
}

/** What an edit changes: every change makes a new version. */
export type TemplateChanges = Partial<
  Pick<TemplateFieldsInput, 'name' | 'subject' | 'content' | 'postage' | 'letterContactBlock' | 'language' | 'welshSubject' | 'welshContent' | 'checks'>
> & {
  readonly archived?: boolean;
  readonly createdById?: string | null;
};
