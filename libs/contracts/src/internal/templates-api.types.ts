import type { TemplateType } from '@herald/domain';
import type { CheckReportView } from '../template-checks-api.types';

export interface TemplateFolderView {
  readonly id: string;
  readonly name: string;
  readonly parent_id: string | null;
}

export interface TemplateSummaryView {
  readonly id: string;
  readonly name: string;
  readonly type: TemplateType;
  readonly folder_id: string | null;
  readonly version: number;
  readonly updated_at: string;
}

/** One folder's page: what is in it, where it sits, and every folder (for "move to"). */
export interface TemplateListView {
  /** Null at the top level. */
  readonly folder: TemplateFolderView | null;
  /** From the top level down to the folder's parent. */
  readonly breadcrumbs: TemplateFolderView[];
  readonly folders: TemplateFolderView[];
  readonly templates: TemplateSummaryView[];
  readonly all_folders: TemplateFolderView[];
}

export interface SmsCounts {
  readonly character_count: number;
  readonly fragment_count: number;
  readonly is_unicode: boolean;
}

export interface TemplateView {
  readonly id: string;
  readonly name: string;
  readonly type: TemplateType;
  /** Email subject or letter heading. */
  readonly subject: string | null;
  readonly content: string;
  readonly postage: string | null;
  readonly version: number;
  readonly archived: boolean;
  readonly folder_id: string | null;
  readonly breadcrumbs: TemplateFolderView[];
  readonly created_at: string;
  readonly updated_at: string | null;
  readonly created_by: string | null;
  /** Placeholder names as first written, once each, in order. */
  readonly placeholders: string[];
  /** R-CK: the content checks' report on this version. */
  readonly checks: CheckReportView;
}

/** Fields of a new template or of a new version (blank ones are kept as they are on edit). */
export interface TemplateFields {
  readonly type?: TemplateType | string;
  readonly name?: string;
  readonly subject?: string;
  readonly content?: string;
  readonly postage?: string;
  readonly folder_id?: string | null;
}

/** The template filled with the given values; placeholders without a value stay as `((name))`. */
export interface TemplatePreviewView {
  readonly type: TemplateType;
  readonly subject: string | null;
  /** Email only: the whole email as its recipient's client will show it. */
  readonly html: string | null;
  /** The filled body: for texts, exactly what is sent (with the service-name prefix if set). */
  readonly body: string;
  readonly sms: SmsCounts | null;
  readonly missing: string[];
}

export type DiffLineView = { readonly kind: 'same' | 'added' | 'removed'; readonly text: string };

export interface TemplateVersionView {
  readonly version: number;
  readonly name: string;
  readonly subject: string | null;
  readonly content: string;
  readonly archived: boolean;
  readonly created_at: string;
  readonly created_by: string | null;
  /** Changes from the version before (each null when that part did not change); null for the first version. */
  readonly changes: {
    readonly name: { readonly from: string; readonly to: string } | null;
    readonly subject: DiffLineView[] | null;
    readonly content: DiffLineView[] | null;
  } | null;
}

export interface TemplateHistoryView {
  readonly template: TemplateView;
  readonly versions: TemplateVersionView[];
}

export interface TemplateMove {
  readonly template_ids: string[];
  /** Null or '' for the top level. */
  readonly folder_id: string | null;
}
