import { Injectable } from '@nestjs/common';
import { TemplateAdministration, TemplateSetAdministration } from '@herald/administration';
import type { TemplateChecksResponse, TemplateSetChecksResponse } from '@herald/contracts';
import { checkReportJson, templateText, variantText } from '../../checks/check-report-json';
import { validationErrors } from '../../errors/notify-error';
import { isUuid } from '../validation/request-schema';

/**
 * R-CK: the content checks' report on a template's current version, and on a template set's draft
 * and published version, for the service whose key asks. Another service's template or set is not
 * found, exactly as an unknown one is.
 */
@Injectable()
export class TemplateChecksService {
  constructor(
    private readonly templates: TemplateAdministration,
    private readonly sets: TemplateSetAdministration,
  ) {}

  async template(serviceId: string, id: string): Promise<TemplateChecksResponse> {
    if (!isUuid(id)) throw validationErrors(['id is not a valid UUID']);
    const { template, report } = await this.templates.checks(serviceId, id);
    return { template_id: template.id, version: template.version, ...checkReportJson(report, templateText(template)) };
  }

  async templateSet(serviceId: string, id: string): Promise<TemplateSetChecksResponse> {
    if (!isUuid(id)) throw validationErrors(['id is not a valid UUID']);
    const { set, published, draft } = await this.sets.checks(serviceId, id);
    return {
      template_set_id: set.id,
      draft: checkReportJson(draft, variantText(set.variants)),
      published: published?.checks ? { version: published.version, ...checkReportJson(published.checks, variantText(published.variants)) } : null,
    };
  }
}
