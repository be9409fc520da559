import type { CheckField, CheckFinding, CheckRule, CheckRuleSettings, ReadabilityScore, TemplateCheckReport } from '@herald/domain';
import type { RuleFinding } from './rule-finding';

const FIELD_ORDER: readonly (CheckField | null)[] = ['subject', 'content', 'welsh_subject', 'welsh_content', null];

/** Runs a rule unless the service has turned it off, and gives its findings the service's severity. */
export async function applyRule(
  rules: CheckRuleSettings,
  rule: CheckRule,
  find: () => readonly RuleFinding[] | Promise<readonly RuleFinding[]>,
): Promise<CheckFinding[]> {
  const severity = rules[rule];
  if (severity === 'off') return [];
  return (await find()).map((finding) => ({ ...finding, severity }));
}

/**
 * Findings in reading order: by variant (in the order given), field, then position; `blocksPublish`
 * when any is an error.
 */
export function checkReport(
  checkedAt: Date,
  findings: readonly CheckFinding[],
  readability: ReadabilityScore | null,
  letterPages: Readonly<Record<string, number>> | null,
  variants: readonly string[] = [],
): TemplateCheckReport {
  const variantRank = (finding: CheckFinding) => (finding.variant ? variants.indexOf(finding.variant) : -1);
  const sorted = [...findings].sort(
    (a, b) => variantRank(a) - variantRank(b) || FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field) || (a.start ?? 0) - (b.start ?? 0),
  );
  return {
    checkedAt: checkedAt.toISOString(),
    findings: sorted,
    readability,
    letterPages,
    blocksPublish: sorted.some((finding) => finding.severity === 'error'),
  };
}
