import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import {
  CHECK_RULES,
  CHECK_SEVERITIES,
  CheckRuleSettings,
  CheckSeverity,
  DEFAULT_CHECK_RULES,
  DEFAULT_SERVICE_PERMISSIONS,
  NewService,
  Service,
  ServiceChanges,
  ServicePermission,
} from '@herald/domain';
import { ServiceUserEntity } from '../entities/service-user.entity';
import { ServiceEntity } from '../entities/service.entity';
import { UserEntity } from '../entities/user.entity';
import { SettingsChanges } from '../settings/settings-changes';

/** Services and their teams. */
@Injectable()
export class ServiceRepository {
  private readonly services: Repository<ServiceEntity>;
  private readonly members: Repository<ServiceUserEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: SettingsChanges,
  ) {
    this.services = dataSource.getRepository(ServiceEntity);
    this.members = dataSource.getRepository(ServiceUserEntity);
  }

  async create(input: NewService): Promise<Service> {
    const entity = this.services.create({
      id: randomUUID(),
      name: input.name,
      active: true,
      restricted: input.restricted,
      permissions: (input.permissions ?? DEFAULT_SERVICE_PERMISSIONS).join(','),
      createdAt: new Date(),
      updatedAt: null,
      contactLink: null,
      organisation: input.organisation ?? null,
    });
    return toService(await this.services.save(entity));
  }

  /**
   * A new service, or null when its name is taken: also when another request took the same name
   * between the caller's check and this insert (the unique index refuses the second row).
   */
  async createUnlessNameTaken(input: NewService): Promise<Service | null> {
    try {
      return await this.create(input);
    } catch (error) {
      if (await this.services.existsBy({ name: input.name })) return null;
      throw error;
    }
  }

  /** Every service, by name (`herald service list`). */
  async list(): Promise<Service[]> {
    return (await this.services.find({ order: { name: 'ASC' } })).map(toService);
  }

  async findById(serviceId: string): Promise<Service | null> {
    const entity = await this.services.findOneBy({ id: serviceId });
    return entity ? toService(entity) : null;
  }

  async findByName(name: string): Promise<Service | null> {
    const entity = await this.services.findOneBy({ name });
    return entity ? toService(entity) : null;
  }

  /** Another service may already have the name in any capitalisation: the caller checks with this. */
  async findByNameIgnoringCase(name: string): Promise<Service | null> {
    const entity = await this.services.createQueryBuilder('s').where('LOWER(s.name) = LOWER(:name)', { name }).getOne();
    return entity ? toService(entity) : null;
  }

  async rename(serviceId: string, name: string): Promise<void> {
    await this.services.update({ id: serviceId }, { name, updatedAt: new Date() });
    await this.changed(serviceId);
  }

  /** Only the settings given change; `restricted: false` takes the service live. */
  async update(serviceId: string, changes: ServiceChanges): Promise<void> {
    await this.services.update({ id: serviceId }, { ...changes, updatedAt: new Date() });
    await this.changed(serviceId);
  }

  /** R-CK: the service's check rules; a rule it never changed follows Herald's default. Null when there is no such service. */
  async findCheckRules(serviceId: string): Promise<CheckRuleSettings | null> {
    const row = await this.services.findOne({ where: { id: serviceId }, select: { id: true, checkRules: true } });
    if (!row) return null;
    const stored = (row.checkRules ? JSON.parse(row.checkRules) : {}) as Record<string, unknown>;
    const severity = (value: unknown): value is CheckSeverity => (CHECK_SEVERITIES as readonly unknown[]).includes(value);
    return Object.fromEntries(CHECK_RULES.map((rule) => [rule, severity(stored[rule]) ? stored[rule] : DEFAULT_CHECK_RULES[rule]])) as CheckRuleSettings;
  }

  /** Stores only the rules that differ from Herald's defaults (null when none do), so a service keeps following the defaults it never changed. */
  async setCheckRules(serviceId: string, rules: CheckRuleSettings): Promise<void> {
    const changed = Object.fromEntries(CHECK_RULES.filter((rule) => rules[rule] !== DEFAULT_CHECK_RULES[rule]).map((rule) => [rule, rules[rule]]));
    await this.services.update({ id: serviceId }, { checkRules: Object.keys(changed).length ? JSON.stringify(changed) : null, updatedAt: new Date() });
  }

  /** An archived service keeps its data, but its API keys stop working. */
  async archive(serviceId: string): Promise<void> {
    await this.services.update({ id: serviceId }, { active: false, updatedAt: new Date() });
    await this.changed(serviceId);
  }

  async addTeamMember(serviceId: string, userId: string): Promise<void> {
    const existing = await this.members.findOneBy({ serviceId, userId });
    if (!existing) await this.members.insert({ serviceId, userId, createdAt: new Date() });
  }

  /** Lower-cased email addresses of the team, for team keys and trial mode. */
  async teamEmailAddresses(serviceId: string): Promise<string[]> {
    const rows = await this.dataSource
      .createQueryBuilder(UserEntity, 'u')
      .innerJoin(ServiceUserEntity, 'm', 'm.user_id = u.id')
      .where('m.service_id = :serviceId', { serviceId })
      .select('u.email_address', 'email')
      .getRawMany<{ email: string }>();
    return rows.map((r) => r.email.toLowerCase());
  }

  /** Team members' mobile numbers as they entered them (normalise before comparing). */
  async teamMobileNumbers(serviceId: string): Promise<string[]> {
    const rows = await this.dataSource
      .createQueryBuilder(UserEntity, 'u')
      .innerJoin(ServiceUserEntity, 'm', 'm.user_id = u.id')
      .where('m.service_id = :serviceId', { serviceId })
      .andWhere('u.mobile_number IS NOT NULL')
      .select('u.mobile_number', 'mobile')
      .getRawMany<{ mobile: string }>();
    return rows.map((r) => r.mobile);
  }

  /** Every process drops the service it cached (its name, limits, permissions, whether it is live or archived). */
  private changed(serviceId: string): Promise<void> {
    return this.changes.announce({ kind: 'service', serviceId });
  }
}

function toService(entity: ServiceEntity): Service {
  return {
    id: entity.id,
    name: entity.name,
    active: entity.active,
    restricted: entity.restricted,
    permissions: entity.permissions.split(',').filter(Boolean) as ServicePermission[],
    rateLimit: entity.rateLimit,
    emailMessageLimit: entity.emailMessageLimit,
    smsMessageLimit: entity.smsMessageLimit,
    letterMessageLimit: entity.letterMessageLimit,
    internationalSmsMessageLimit: entity.internationalSmsMessageLimit,
    prefixSms: entity.prefixSms,
    contactLink: entity.contactLink,
    organisation: entity.organisation,
  };
}
