import { Injectable } from '@nestjs/common';
import type { TemplateHistoryView, TemplateVersionView } from '@herald/contracts';
import { TemplateVersion } from '@herald/domain';
import { TemplateRepository } from '@herald/persistence';
import { diffLines } from '@herald/templating';
import { noResultFound } from '../../errors/notify-error';
import { TemplatesService } from './templates.service';

/** Every version of a template, newest first, each with what changed from the one before. */
@Injectable()
export class TemplateHistoryService {
  constructor(
    private readonly templates: TemplatesService,
    private readonly repository: TemplateRepository,
  ) {}

  async history(serviceId: string, templateId: string): Promise<TemplateHistoryView> {
    const current = await this.templates.find(serviceId, templateId);
    const versions = await this.repository.listVersions(serviceId, current.id);
    if (versions.length === 0) throw noResultFound();
    return {
      template: await this.templates.view(serviceId, current),
      versions: versions.map((version, index) => versionJson(version, versions[index + 1] ?? null)),
    };
  }
}

function versionJson(version: TemplateVersion, previous: TemplateVersion | null): TemplateVersionView {
  return {
    version: version.version,
    name: version.name,
    subject: version.subject,
    content: version.content,
    archived: version.archived,
    created_at: (version.updatedAt ?? version.createdAt).toISOString(),
    created_by: version.createdByEmail,
    changes:
      previous === null
        ? null
        : {
            name: previous.name === version.name ? null : { from: previous.name, to: version.name },
            subject: (previous.subject ?? '') === (version.subject ?? '') ? null : diffLines(previous.subject ?? '', version.subject ?? ''),
            content: previous.content === version.content ? null : diffLines(previous.content, version.content),
          },
  };
}
