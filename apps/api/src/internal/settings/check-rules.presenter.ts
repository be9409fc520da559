import type { CheckRulesView } from '@herald/contracts';
import { CHECK_RULE_NAMES, CHECK_RULES, CheckRuleSettings, DEFAULT_CHECK_RULES, InvalidFieldsError } from '@herald/domain';

/** R-CK: every check with the service's severity and Herald's default, in Herald's order. */
export function checkRulesJson(rules: CheckRuleSettings): CheckRulesView {
  return {
    rules: CHECK_RULES.map((rule) => ({
      rule,
      name: CHECK_RULE_NAMES[rule].name,
      description: CHECK_RULE_NAMES[rule].description,
      severity: rules[rule],
      default_severity: DEFAULT_CHECK_RULES[rule],
    })),
  };
}

/** `{ "rules": { "link-text": "warning" } }`: the rules to change, each checked by CheckRulesAdministration. */
export function ruleChangesOf(body: Record<string, unknown>): Record<string, unknown> {
  const rules = body.rules;
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) {
    throw new InvalidFieldsError([{ field: 'rules', message: 'Give the rules to change, like {"rules": {"link-text": "warning"}}' }]);
  }
  return rules as Record<string, unknown>;
}
