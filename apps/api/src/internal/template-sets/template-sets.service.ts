import { Injectable } from '@nestjs/common';
import { TemplateSetAdministration } from '@herald/administration';
import type { TemplateSetListView, TemplateSetVersionView, TemplateSetView } from '@herald/contracts';
import type { SignedInUser } from '../auth/signed-in-user';
import { requestOf, summaryJson, templateSetJson, versionJson } from './template-set.presenter';

/** A service's template sets for its team, through TemplateSetAdministration as the CLI does. */
@Injectable()
export class TemplateSetsService {
  constructor(private readonly administration: TemplateSetAdministration) {}

  async list(serviceId: string): Promise<TemplateSetListView> {
    return { template_sets: (await this.administration.list(serviceId)).map(summaryJson) };
  }

  async get(serviceId: string, setId: string): Promise<TemplateSetView> {
    const { set, published, draft } = await this.administration.checks(serviceId, setId);
    return templateSetJson(set, published, draft);
  }

  async create(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<TemplateSetView> {
    const created = await this.administration.create(user, serviceId, requestOf(body));
    return this.get(serviceId, created.id);
  }

  async update(user: SignedInUser, serviceId: string, setId: string, body: Record<string, unknown>): Promise<TemplateSetView> {
    const updated = await this.administration.update(user, serviceId, setId, requestOf(body));
    return this.get(serviceId, updated.id);
  }

  async publish(user: SignedInUser, serviceId: string, setId: string): Promise<TemplateSetVersionView> {
    return versionJson(await this.administration.publish(user, serviceId, setId));
  }
}
