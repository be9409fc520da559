import { Injectable } from '@nestjs/common';
import {
  checkOrganisationName,
  checkServiceName,
  FieldProblem,
  InvalidFieldsError,
  Service,
  ServiceChanges,
  ServicePermission,
  TEAM_PERMISSIONS,
} from '@herald/domain';
import { AuditRepository, ServiceRepository, TeamMemberRepository } from '@herald/persistence';
import type { Actor } from '../actor';
import { existingService } from './service-lookup';

export interface NewServiceRequest {
  readonly name: string;
  /** Trial mode (restricted) unless true. */
  readonly live?: boolean;
  /** The admin's creator joins the team with every permission (someone must manage it); the CLI operator does not. */
  readonly creatorJoinsTeam?: boolean;
  /** The organisation (department) the service sends for; blank or missing leaves it unset. */
  readonly organisation?: string;
  /** What the service may send (email, sms, letter); left out, the defaults. An empty list is refused. */
  readonly channels?: readonly ServicePermission[];
}

/** Services: created and renamed with one name rule (unique whatever the capitalisation), changed, listed. */
@Injectable()
export class ServiceAdministration {
  constructor(
    private readonly services: ServiceRepository,
    private readonly members: TeamMemberRepository,
    private readonly audit: AuditRepository,
  ) {}

  list(): Promise<Service[]> {
    return this.services.list();
  }

  find(serviceId: string): Promise<Service> {
    return existingService(this.services, serviceId);
  }

  /** Every problem with a new service's fields at once, so a form can list them together. */
  async problemsWith(request: NewServiceRequest): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const name = checkServiceName(request.name);
    if (!name.ok) problems.push({ field: 'name', message: name.message });
    else if (await this.services.findByNameIgnoringCase(name.value)) problems.push(nameTaken().problems[0]);
    const organisation = checkOrganisationName(request.organisation ?? '');
    if (!organisation.ok) problems.push({ field: 'organisation', message: organisation.message });
    if (request.channels !== undefined && request.channels.length === 0) problems.push({ field: 'channels', message: 'Choose at least one channel' });
    return problems;
  }

  async create(actor: Actor, request: NewServiceRequest): Promise<Service> {
    const problems = await this.problemsWith(request);
    if (problems.length) throw new InvalidFieldsError(problems);
    const name = checkedName(request.name);
    const organisation = checkedOrganisation(request.organisation ?? '');
    // A name taken between the check and the insert is the same field problem, not a 500.
    const created = await this.services.createUnlessNameTaken({ name, restricted: request.live !== true, organisation, permissions: request.channels });
    if (!created) throw nameTaken();
    if (request.creatorJoinsTeam) await this.members.add(created.id, actor.id, TEAM_PERMISSIONS);
    await this.audit.record({
      userId: actor.id,
      serviceId: created.id,
      action: 'service.created',
      subject: created.id,
      details: { name: created.name, live: !created.restricted, organisation: created.organisation, channels: created.permissions },
    });
    return created;
  }

  /** Renaming to the same name changes nothing and leaves no record. */
  async rename(actor: Actor, serviceId: string, typedName: string): Promise<Service> {
    const service = await this.find(serviceId);
    const name = checkedName(typedName);
    const taken = await this.services.findByNameIgnoringCase(name);
    if (taken && taken.id !== serviceId) throw nameTaken();
    if (name === service.name) return service;
    await this.services.rename(serviceId, name);
    await this.audit.record({ userId: actor.id, serviceId, action: 'service.renamed', subject: serviceId, details: { from: service.name, to: name } });
    return { ...service, name };
  }

  /**
   * Trial mode or live, the SMS prefix, the contact link and the organisation: only what `changes`
   * holds changes. A blank organisation clears it.
   */
  async update(actor: Actor, serviceId: string, requested: ServiceChanges): Promise<Service> {
    const changes = requested.organisation === undefined ? requested : { ...requested, organisation: checkedOrganisation(requested.organisation ?? '') };
    const before = await this.find(serviceId);
    await this.services.update(before.id, changes);
    const updated = await this.find(before.id);
    await this.audit.record({
      userId: actor.id,
      serviceId: updated.id,
      action: 'service.updated',
      subject: updated.id,
      // The organisation is a public name, not personal data, so the record keeps what it was and became.
      details: {
        changed: Object.keys(changes),
        ...(changes.organisation !== undefined ? { organisation: { from: before.organisation, to: updated.organisation } } : {}),
      },
    });
    return updated;
  }
}

function checkedName(typed: string): string {
  const checked = checkServiceName(typed);
  if (!checked.ok) throw new InvalidFieldsError([{ field: 'name', message: checked.message }]);
  return checked.value;
}

function checkedOrganisation(typed: string): string | null {
  const checked = checkOrganisationName(typed);
  if (!checked.ok) throw new InvalidFieldsError([{ field: 'organisation', message: checked.message }]);
  return checked.value;
}

const nameTaken = () => new InvalidFieldsError([{ field: 'name', message: 'This service name is already in use' }]);
