import type { CheckRule, CheckSeverity } from '@herald/domain';

/** R-CK: one content check as the service has set it. */
export interface CheckRuleView {
  readonly rule: CheckRule;
  readonly name: string;
  readonly description: string;
  readonly severity: CheckSeverity;
  /** Herald's default, which applies until the service changes it. */
  readonly default_severity: CheckSeverity;
}

/** Every check, in Herald's order. */
export interface CheckRulesView {
  readonly rules: CheckRuleView[];
}

/** Only the rules given change: `{ "link-text": "warning" }`. */
export type CheckRulesChange = Partial<Record<CheckRule, CheckSeverity | string>>;
