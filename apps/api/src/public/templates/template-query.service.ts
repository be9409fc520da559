import { Injectable, NotFoundException } from '@nestjs/common';
import { TemplateListResponse, TemplateResponse } from '@herald/contracts';
import { TEMPLATE_TYPES, TemplateType, TemplateVersion } from '@herald/domain';
import { TemplateRepository } from '@herald/persistence';
import { noResultFound, validationErrors } from '../../errors/notify-error';
import { isUuid } from '../validation/request-schema';
import { TemplatePresenter } from './template-presenter';

const MAX_DB_INTEGER = 2_147_483_647;

/** GET /v2/template/{id}, /v2/template/{id}/version/{version} and /v2/templates (docs/api-contract.md §12.8, §12.9). */
@Injectable()
export class TemplateQueryService {
  constructor(
    private readonly templates: TemplateRepository,
    private readonly presenter: TemplatePresenter,
  ) {}

  async get(serviceId: string, id: string, versionSegment?: string): Promise<TemplateResponse> {
    // Notify's route takes only digits as a version: anything else is an unknown URL.
    if (versionSegment !== undefined && !/^\d+$/.test(versionSegment)) throw new NotFoundException();
    const version = versionSegment === undefined ? undefined : Number(versionSegment);
    const errors: string[] = [];
    if (!isUuid(id)) errors.push('id is not a valid UUID');
    if (version !== undefined && version < 1) errors.push(`version ${version} is less than the minimum of 1`);
    if (errors.length) throw validationErrors(errors);
    return this.presenter.present(await this.findVisible(serviceId, id, version));
  }

  async list(serviceId: string, search: URLSearchParams): Promise<TemplateListResponse> {
    const type = parseTypeFilter(search);
    const templates = await this.templates.listCurrent(serviceId, type);
    return { templates: templates.map((template) => this.presenter.present(template)) };
  }

  /** Archived templates are found; hidden ones (such as the precompiled letter's) never are. */
  async findVisible(serviceId: string, id: string, version?: number): Promise<TemplateVersion> {
    if (version !== undefined && version > MAX_DB_INTEGER) throw noResultFound();
    const templateId = id.toLowerCase();
    const template =
      version === undefined ? await this.templates.findCurrent(serviceId, templateId) : await this.templates.findVersion(serviceId, templateId, version);
    if (!template || template.hidden) throw noResultFound();
    return template;
  }
}

/** `type` is the only parameter GET /v2/templates accepts. */
function parseTypeFilter(search: URLSearchParams): TemplateType | undefined {
  const errors: string[] = [];
  // Notify reads the query with to_dict(): a repeated parameter counts once, with its first value.
  const type = search.get('type') ?? undefined;
  if (type !== undefined && !(TEMPLATE_TYPES as readonly string[]).includes(type)) {
    errors.push(`type ${type} is not one of [${TEMPLATE_TYPES.join(', ')}]`);
  }
  const extras = [...new Set([...search.keys()].filter((k) => k !== 'type'))];
  if (extras.length) errors.push(`Additional properties are not allowed (${extras.join(', ')} ${extras.length === 1 ? 'was' : 'were'} unexpected)`);
  if (errors.length) throw validationErrors(errors);
  return type as TemplateType | undefined;
}
