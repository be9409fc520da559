import type { TemplateType } from '@herald/domain';

/** GET /v2/template/{id}[/version/{version}] and each item of GET /v2/templates (docs/api-contract.md §12.8, §12.9). */
export interface TemplateResponse {
  id: string;
  type: TemplateType;
  created_at: string;
  updated_at: string | null;
  created_by: string | null;
  version: number;
  body: string;
  subject: string | null;
  name: string;
  personalisation: Record<string, { required: true }>;
  postage: string | null;
  letter_contact_block: string | null;
}

export interface TemplateListResponse {
  templates: TemplateResponse[];
}

/** POST /v2/template/{id}/preview (docs/api-contract.md §12.10). */
export interface TemplatePreviewResponse {
  id: string;
  type: TemplateType;
  version: number;
  body: string;
  subject: string | null;
  html: string | null;
  postage: string | null;
}
