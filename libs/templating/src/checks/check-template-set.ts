import type { CheckFinding, CheckRuleSettings, ReadabilityScore, TemplateCheckReport } from '@herald/domain';
import { applyRule, checkReport } from './check-report';
import { checkTemplate } from './check-template';
import { CheckableVariant, CheckOptions, DEFAULT_TARGET_AGE } from './checkable-template';
import { LETTER_RENDERINGS } from './letter-pages-rule';
import { parityFindings, variantTag } from './parity-rule';

export type { CheckableVariant } from './checkable-template';
export { variantTag } from './parity-rule';

/**
 * Each variant's findings (tagged `variant: "email:en"`), plus parity (R-CK-7 / R-RT-5) and the
 * longest letter rendering: `letterPages` holds, for each rendering, the most pages of any letter
 * variant. `readability` is that of the hardest variant to read, with every variant's unscored languages.
 */
export async function checkTemplateSet(
  variants: readonly CheckableVariant[],
  rules: CheckRuleSettings,
  options: CheckOptions = {},
): Promise<TemplateCheckReport> {
  const now = options.now ?? new Date();
  const reports = await Promise.all(variants.map((variant) => checkTemplate(variant, rules, { ...options, now })));
  const findings: CheckFinding[] = reports.flatMap((report, index) => report.findings.map((finding) => ({ ...finding, variant: variantTag(variants[index]) })));
  findings.push(...(await applyRule(rules, 'parity', () => parityFindings(variants))));
  const readability = hardestToRead(reports, options.targetAge ?? DEFAULT_TARGET_AGE);
  return checkReport(now, findings, readability, longestLetter(reports), variants.map(variantTag));
}

function hardestToRead(reports: readonly TemplateCheckReport[], targetAge: number): ReadabilityScore | null {
  const scored = reports.map((report) => report.readability).filter((readability) => readability !== null);
  if (scored.length === 0) return null;
  const hardest = scored.filter((r) => r.readingAge !== null).sort((a, b) => (b.readingAge ?? 0) - (a.readingAge ?? 0))[0];
  const notScored = [...new Set(scored.flatMap((r) => r.notScored))];
  return hardest ? { ...hardest, notScored } : { fleschReadingEase: null, smogGrade: null, readingAge: null, targetAge, notScored };
}

function longestLetter(reports: readonly TemplateCheckReport[]): Readonly<Record<string, number>> | null {
  const letters = reports.map((report) => report.letterPages).filter((pages) => pages !== null);
  if (letters.length === 0) return null;
  return Object.fromEntries(LETTER_RENDERINGS.map((rendering) => [rendering, Math.max(...letters.map((pages) => pages[rendering] ?? 0))]));
}
