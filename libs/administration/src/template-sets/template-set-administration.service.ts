import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { InvalidFieldsError, NotFoundError, TemplateCheckReport, TemplateSet, TemplateSetVersion } from '@herald/domain';
import { AuditRepository, ServiceRepository, TemplateRepository, TemplateSetRepository } from '@herald/persistence';
import type { Actor } from '../actor';
import { ChangeRefusedError } from '../errors/change-refused.error';
import { existingService } from '../services/service-lookup';
import { checkVariants } from '../checks/template-checks';
import { draftProblems, parityProblems } from './template-set-checks';
import { readTemplateSetRequest, TemplateSetRequest } from './template-set-request';
import { variantCheckProblems } from './variant-check-problems';
import { materialiseVariants } from './variant-templates';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A set with the version messages use now (null until first published). */
export interface TemplateSetWithPublished {
  readonly set: TemplateSet;
  readonly published: TemplateSetVersion | null;
}

/**
 * A service's template sets: one message with a variant per channel and language. Drafts are
 * checked whole when saved; publishing also checks that every variant renders from the same
 * personalisation (R-RT-5) and pins each variant's hidden template. Refusals are
 * InvalidFieldsError, one problem per field, with a message naming the variant.
 */
@Injectable()
export class TemplateSetAdministration {
  constructor(
    private readonly sets: TemplateSetRepository,
    private readonly templates: TemplateRepository,
    private readonly services: ServiceRepository,
    private readonly audit: AuditRepository,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  async list(serviceId: string): Promise<TemplateSet[]> {
    await existingService(this.services, serviceId);
    return this.sets.list(serviceId);
  }

  /** Another service's set is not found, as an unknown one is. */
  async show(serviceId: string, setId: string): Promise<TemplateSetWithPublished> {
    await existingService(this.services, serviceId);
    const set = UUID.test(setId) ? await this.sets.findById(serviceId, setId.toLowerCase()) : null;
    if (!set) throw new NotFoundError('Template set', setId);
    return { set, published: set.publishedVersion ? await this.sets.findVersion(serviceId, set.id, set.publishedVersion) : null };
  }

  /** R-CK: the set with its draft's report (made now, not stored, for a draft saved before checks ran); the published version carries its own. */
  async checks(serviceId: string, setId: string): Promise<TemplateSetWithPublished & { readonly draft: TemplateCheckReport }> {
    const { set, published } = await this.show(serviceId, setId);
    return { set, published, draft: set.checks ?? (await checkVariants(this.services, serviceId, set.variants)) };
  }

  async create(actor: Actor, serviceId: string, request: TemplateSetRequest): Promise<TemplateSet> {
    await existingService(this.services, serviceId);
    const draft = checkedDraft(request);
    // R-CK: a draft saves with its errors, which are shown beside the editor; publishing refuses them.
    const created = await this.sets.create(serviceId, draft, actor.id, await checkVariants(this.services, serviceId, draft.variants));
    await this.audit.record({
      userId: actor.id,
      serviceId,
      action: 'template-set.created',
      subject: created.id,
      details: { name: created.name, kind: created.kind, variants: created.variants.length },
    });
    return created;
  }

  /** Replaces the draft; messages keep using the published version until the next publish. */
  async update(actor: Actor, serviceId: string, setId: string, request: TemplateSetRequest): Promise<TemplateSet> {
    const { set } = await this.show(serviceId, setId);
    if (set.archived) throw new ChangeRefusedError('Template set has been deleted');
    const draft = checkedDraft(request);
    const updated = await this.sets.updateDraft(serviceId, set.id, draft, await checkVariants(this.services, serviceId, draft.variants));
    if (!updated) throw new NotFoundError('Template set', setId);
    await this.audit.record({ userId: actor.id, serviceId, action: 'template-set.updated', subject: set.id, details: { name: updated.name } });
    return updated;
  }

  /**
   * The draft as the next version: refused with every problem of the draft, then of parity between
   * variants (R-RT-5), then with each error of the content checks (R-CK), whose report the version
   * keeps. The hidden templates it makes are covered by that report and not checked again.
   */
  async publish(actor: Actor, serviceId: string, setId: string): Promise<TemplateSetVersion> {
    const { set, published } = await this.show(serviceId, setId);
    if (set.archived) throw new ChangeRefusedError('Template set has been deleted');
    const problems = draftProblems(set);
    if (problems.length === 0) problems.push(...parityProblems(set.variants));
    const checks = problems.length ? null : await checkVariants(this.services, serviceId, set.variants);
    if (checks) problems.push(...variantCheckProblems(checks, set.variants));
    if (problems.length) throw new InvalidFieldsError(problems);
    const service = await existingService(this.services, serviceId);
    // R-TR-7: a sensitive set's alerts name the service as it is called now, and the citizen app's sign-in.
    const alerts = { serviceName: service.name, smsPrefix: service.prefixSms ? service.name : null, signInUrl: `${this.config.citizen.baseUrl}/messages` };
    const variants = await materialiseVariants(this.templates, set, published, actor.id, alerts);
    const version = await this.sets.publish(serviceId, set.id, variants, actor.id, set.publishedVersion, checks);
    if (!version) throw new ChangeRefusedError('Someone else published this template set at the same time; look at the new version and publish again');
    await this.audit.record({
      userId: actor.id,
      serviceId,
      action: 'template-set.published',
      subject: set.id,
      details: { name: version.name, version: version.version },
    });
    return version;
  }
}

/** The request's draft, refused with all its problems at once. */
function checkedDraft(request: TemplateSetRequest) {
  const { draft, problems } = readTemplateSetRequest(request);
  problems.push(...draftProblems(draft));
  if (problems.length) throw new InvalidFieldsError(problems);
  return draft;
}
