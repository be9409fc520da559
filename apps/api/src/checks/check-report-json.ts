import { fieldText, positionOf, variantOf } from '@herald/administration';
import type { CheckFindingView, CheckReportView } from '@herald/contracts';
import type { CheckFinding, TemplateCheckReport, TemplateSetVariant } from '@herald/domain';

/** The text of the field a finding points into, to turn its offset into a line and column. */
export type FindingText = (finding: CheckFinding) => string | null;

/** R-CK: a stored report in snake_case, as the public API and the admin read it; each finding with its line and column. */
export function checkReportJson(report: TemplateCheckReport, textOf: FindingText): CheckReportView {
  return {
    checked_at: report.checkedAt,
    blocks_publish: report.blocksPublish,
    findings: report.findings.map((finding) => findingJson(finding, textOf(finding))),
    readability: report.readability
      ? {
          flesch_reading_ease: report.readability.fleschReadingEase,
          smog_grade: report.readability.smogGrade,
          reading_age: report.readability.readingAge,
          target_age: report.readability.targetAge,
          not_scored: [...report.readability.notScored],
        }
      : null,
    letter_pages: report.letterPages ? { ...report.letterPages } : null,
  };
}

/** For a template's report: its own subject and content (and Welsh text, for a variant's hidden template). */
export const templateText =
  (template: { subject: string | null; content: string; welshSubject?: string | null; welshContent?: string | null }): FindingText =>
  (finding) =>
    fieldText(template, finding);

/** For a template set's report: the field of the variant each finding names. */
export const variantText =
  (variants: readonly TemplateSetVariant[]): FindingText =>
  (finding) => {
    const variant = variantOf(variants, finding);
    return variant ? fieldText(variant, finding) : null;
  };

function findingJson(finding: CheckFinding, text: string | null): CheckFindingView {
  const position = text !== null && finding.start !== null ? positionOf(text, finding.start) : null;
  return {
    rule: finding.rule,
    severity: finding.severity,
    field: finding.field,
    start: finding.start,
    end: finding.end,
    line: position?.line ?? null,
    column: position?.column ?? null,
    text: finding.text,
    message: finding.message,
    suggestion: finding.suggestion,
    sentence: finding.sentence ?? null,
    variant: finding.variant ?? null,
  };
}
