import { Injectable } from '@nestjs/common';
import {
  CHECK_RULE_NAMES,
  CHECK_RULES,
  CHECK_SEVERITIES,
  CheckRule,
  CheckRuleSettings,
  CheckSeverity,
  DEFAULT_CHECK_RULES,
  FieldProblem,
  InvalidFieldsError,
} from '@herald/domain';
import { AuditRepository, ServiceRepository } from '@herald/persistence';
import type { Actor } from '../actor';
import { existingService } from '../services/service-lookup';

/**
 * R-CK: how strictly each content check applies to a service's templates: `error` refuses a save
 * (a template set's publish), `warning` is shown only, `off` is not checked. The admin's Content
 * checks page and `herald service check-rules` both change them here, with the same audit record.
 */
@Injectable()
export class CheckRulesAdministration {
  constructor(
    private readonly services: ServiceRepository,
    private readonly audit: AuditRepository,
  ) {}

  async get(serviceId: string): Promise<CheckRuleSettings> {
    await existingService(this.services, serviceId);
    return (await this.services.findCheckRules(serviceId)) ?? DEFAULT_CHECK_RULES;
  }

  /** Only the rules given change; an unknown rule or severity is a field problem. Changing nothing leaves no record. */
  async update(actor: Actor, serviceId: string, changes: Readonly<Record<string, unknown>>): Promise<CheckRuleSettings> {
    const before = await this.get(serviceId);
    const given = checkedChanges(changes);
    const after: CheckRuleSettings = { ...before, ...given };
    const changed = CHECK_RULES.filter((rule) => before[rule] !== after[rule]);
    if (changed.length === 0) return before;
    await this.services.setCheckRules(serviceId, after);
    await this.audit.record({
      userId: actor.id,
      serviceId,
      action: 'check-rules.updated',
      subject: serviceId,
      details: { changed: Object.fromEntries(changed.map((rule) => [rule, { from: before[rule], to: after[rule] }])) },
    });
    return after;
  }
}

function checkedChanges(changes: Readonly<Record<string, unknown>>): Partial<Record<CheckRule, CheckSeverity>> {
  const problems: FieldProblem[] = [];
  const given: Partial<Record<CheckRule, CheckSeverity>> = {};
  for (const [rule, severity] of Object.entries(changes)) {
    if (!(CHECK_RULES as readonly string[]).includes(rule)) {
      problems.push({ field: rule, message: `There is no check called ${rule}: choose from ${CHECK_RULES.join(', ')}` });
    } else if (!(CHECK_SEVERITIES as readonly unknown[]).includes(severity)) {
      problems.push({ field: rule, message: `${CHECK_RULE_NAMES[rule as CheckRule].name}: select error, warning or off` });
    } else {
      given[rule as CheckRule] = severity as CheckSeverity;
    }
  }
  if (problems.length) throw new InvalidFieldsError(problems);
  return given;
}
