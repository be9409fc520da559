import type { InternalHttp } from './internal-http';
import type {
  TemplateFields,
  TemplateFolderView,
  TemplateHistoryView,
  TemplateListView,
  TemplateMove,
  TemplatePreviewView,
  TemplateView,
} from './templates-api.types';

/** A service's templates and template folders. */
export class TemplatesClient {
  constructor(private readonly http: InternalHttp) {}

  /** The top level, or one folder. */
  list(serviceId: string, folderId?: string): Promise<TemplateListView> {
    return this.http.json('GET', base(serviceId), { query: { folder: folderId } });
  }

  get(serviceId: string, templateId: string): Promise<TemplateView> {
    return this.http.json('GET', `${base(serviceId)}/${encodeURIComponent(templateId)}`);
  }

  create(serviceId: string, fields: TemplateFields): Promise<TemplateView> {
    return this.http.json('POST', base(serviceId), { body: fields });
  }

  /** Saves a new version. */
  update(serviceId: string, templateId: string, fields: TemplateFields): Promise<TemplateView> {
    return this.http.json('POST', `${base(serviceId)}/${encodeURIComponent(templateId)}`, { body: fields });
  }

  copy(serviceId: string, templateId: string): Promise<TemplateView> {
    return this.http.json('POST', `${base(serviceId)}/${encodeURIComponent(templateId)}/copy`);
  }

  archive(serviceId: string, templateId: string): Promise<TemplateView> {
    return this.http.json('POST', `${base(serviceId)}/${encodeURIComponent(templateId)}/archive`);
  }

  preview(serviceId: string, templateId: string, personalisation: Record<string, string>): Promise<TemplatePreviewView> {
    return this.http.json('POST', `${base(serviceId)}/${encodeURIComponent(templateId)}/preview`, { body: { personalisation } });
  }

  /** The letter as a PDF, filled with the given values. */
  async letterPdf(serviceId: string, templateId: string, personalisation: Record<string, string>): Promise<Buffer> {
    const answer = await this.http.raw('POST', `${base(serviceId)}/${encodeURIComponent(templateId)}/letter-preview`, { body: { personalisation } });
    return answer.body;
  }

  history(serviceId: string, templateId: string): Promise<TemplateHistoryView> {
    return this.http.json('GET', `${base(serviceId)}/${encodeURIComponent(templateId)}/versions`);
  }

  move(serviceId: string, move: TemplateMove): Promise<{ moved: number }> {
    return this.http.json('POST', `${base(serviceId)}/move-to-folder`, { body: move });
  }

  createFolder(serviceId: string, name: string, parentId: string | null): Promise<TemplateFolderView> {
    return this.http.json('POST', folders(serviceId), { body: { name, parent_id: parentId } });
  }

  renameFolder(serviceId: string, folderId: string, name: string): Promise<TemplateFolderView> {
    return this.http.json('POST', `${folders(serviceId)}/${encodeURIComponent(folderId)}`, { body: { name } });
  }

  /** Refused (400) unless the folder is empty. */
  deleteFolder(serviceId: string, folderId: string): Promise<void> {
    return this.http.json('DELETE', `${folders(serviceId)}/${encodeURIComponent(folderId)}`);
  }
}

const base = (serviceId: string): string => `services/${encodeURIComponent(serviceId)}/templates`;
const folders = (serviceId: string): string => `services/${encodeURIComponent(serviceId)}/template-folders`;
