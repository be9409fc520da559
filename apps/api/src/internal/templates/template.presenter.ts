import type { CheckReportView, TemplateFolderView, TemplateSummaryView, TemplateView } from '@herald/contracts';
import type { TemplateFolder, TemplateVersion } from '@herald/domain';
import type { TemplateListItem } from '@herald/persistence';
import { placeholdersIn } from '@herald/templating';

export function folderJson(folder: TemplateFolder): TemplateFolderView {
  return { id: folder.id, name: folder.name, parent_id: folder.parentId };
}

export function summaryJson(template: TemplateListItem): TemplateSummaryView {
  return {
    id: template.id,
    name: template.name,
    type: template.type,
    folder_id: template.folderId,
    version: template.version,
    updated_at: (template.updatedAt ?? template.createdAt).toISOString(),
  };
}

export function templateJson(template: TemplateVersion, folderId: string | null, breadcrumbs: TemplateFolderView[], checks: CheckReportView): TemplateView {
  return {
    id: template.id,
    name: template.name,
    type: template.type,
    subject: template.subject,
    content: template.content,
    postage: template.postage,
    version: template.version,
    archived: template.archived,
    folder_id: folderId,
    breadcrumbs,
    created_at: template.createdAt.toISOString(),
    updated_at: template.updatedAt?.toISOString() ?? null,
    created_by: template.createdByEmail,
    placeholders: placeholderNames(template),
    checks,
  };
}

/** Letters are addressed through placeholders too, as in Notify: the address lines come first. */
const LETTER_ADDRESS_PLACEHOLDERS = ['address line 1', 'address line 2', 'address line 3'];

export function placeholderNames(template: Pick<TemplateVersion, 'type' | 'subject' | 'content' | 'letterContactBlock'>): string[] {
  const names = placeholdersIn(template.subject ?? '', template.content, template.letterContactBlock ?? '').map((p) => p.name);
  if (template.type !== 'letter') return names;
  const address = LETTER_ADDRESS_PLACEHOLDERS.filter((line) => !names.some((n) => n.replace(/[ _-]/g, '').toLowerCase() === line.replace(/ /g, '')));
  return [...address, ...names];
}

/** The chain of folders from the top level down to `folderId` itself. */
export function folderPath(folders: readonly TemplateFolder[], folderId: string | null): TemplateFolderView[] {
  const byId = new Map(folders.map((f) => [f.id, f]));
  const path: TemplateFolderView[] = [];
  for (let id = folderId; id && path.length <= folders.length; id = byId.get(id)?.parentId ?? null) {
    const folder = byId.get(id);
    if (!folder) break;
    path.unshift(folderJson(folder));
  }
  return path;
}
