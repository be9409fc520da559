import { TemplateReference } from './public-api.types';

/** POST /v2/notifications/letter with a template (docs/api-contract.md §12.3). */
export interface LetterNotificationCreated {
  id: string;
  reference: string | null;
  uri: string;
  template: TemplateReference;
  scheduled_for: null;
  content: { body: string; subject: string };
}

/** POST /v2/notifications/letter with `content`: a precompiled PDF (docs/api-contract.md §12.4). */
export interface PrecompiledLetterCreated {
  id: string;
  reference: string;
  postage: string;
}
