import { Injectable } from '@nestjs/common';
import { recipientColumns, Service, TemplateVersion } from '@herald/domain';
import { ServiceRepository, TemplateRepository } from '@herald/persistence';
import { placeholdersIn } from '@herald/templating';
import type { SendableTemplate, TemplateChoice } from '@herald/contracts';
import { channelProblem, templateProblem } from '@herald/sending';
import { noResultFound, NotifyError } from '../../errors/notify-error';

/** A service and one of its templates, ready to send from (the same checks as the v2 API). */
export interface SendingFrom {
  readonly service: Service;
  readonly template: TemplateVersion;
}

/** The templates a team member may send from, and the fields each needs. */
@Injectable()
export class SendableTemplates {
  constructor(
    private readonly services: ServiceRepository,
    private readonly templates: TemplateRepository,
  ) {}

  async list(serviceId: string): Promise<TemplateChoice[]> {
    const templates = await this.templates.listCurrent(serviceId);
    return templates.filter((t) => !t.archived && !t.hidden).map((t) => ({ id: t.id, name: t.name, type: t.type }));
  }

  /** 404 for another service's (or no) template; 400 when the service may not send its type. */
  async find(serviceId: string, templateId: string): Promise<SendingFrom> {
    const service = await this.services.findById(serviceId);
    const current = await this.templates.findCurrent(serviceId, templateId);
    if (!service || !current || current.hidden) throw noResultFound();
    const problem = templateProblem(current, current.type) ?? channelProblem(service, current.type);
    if (problem) throw new NotifyError(400, [{ error: 'BadRequestError', message: problem.message, code: problem.code }]);
    return { service, template: current };
  }

  async describe(serviceId: string, templateId: string): Promise<SendableTemplate> {
    const { template } = await this.find(serviceId, templateId);
    return describeTemplate(template);
  }
}

export function describeTemplate(template: TemplateVersion): SendableTemplate {
  const recipientFields = recipientColumns(template.type);
  const recipientKeys = new Set(recipientFields.map((field) => field.replace(/[ _-]/g, '').toLowerCase()));
  const placeholders = placeholdersIn(template.subject ?? '', template.content)
    .filter((p) => !recipientKeys.has(p.key))
    .map((p) => p.name);
  return { id: template.id, name: template.name, type: template.type, version: template.version, recipientFields, placeholders };
}
