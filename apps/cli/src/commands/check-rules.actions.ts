import { CHECK_RULE_NAMES, CHECK_RULES, CheckRuleSettings } from '@herald/domain';
import { CliError } from '../cli-error';
import { printResult } from '../cli-output';
import type { CliSession } from '../cli-session';
import type { CheckRulesOptions } from './service.command';

/**
 * R-CK: `herald service check-rules`: without --rule, how strictly each content check applies; with
 * --rule, the admin's Content checks change (the same checks and `check-rules.updated` audit record).
 */
export async function checkRules(session: CliSession, options: CheckRulesOptions): Promise<void> {
  const service = await session.administration.services.find(options.service);
  const changes = Object.fromEntries(options.rule.map(ruleChange));
  const rules =
    options.rule.length === 0
      ? await session.administration.checkRules.get(service.id)
      : await session.administration.checkRules.update(await session.actor(), service.id, changes);
  printResult(options.json, { id: service.id, rules }, `Content checks for ${service.name}:\n${lines(rules)}`);
}

/** `link-text=warning` as [rule, severity]; the severity and rule are checked by CheckRulesAdministration. */
function ruleChange(spec: string): [string, string] {
  const [rule, severity, ...rest] = spec.split('=');
  if (!rule || severity === undefined || rest.length) throw new CliError('usage', `--rule ${spec}: give <check>=<severity>, e.g. link-text=warning`);
  return [rule.trim(), severity.trim()];
}

function lines(rules: CheckRuleSettings): string {
  return CHECK_RULES.map((rule) => `  ${rule.padEnd(16)} ${rules[rule].padEnd(8)} ${CHECK_RULE_NAMES[rule].name}`).join('\n');
}
