import { CHECK_RULE_NAMES, CheckFindingView, CheckReportView } from '@herald/contracts';

/** One finding as the panel beside the editor shows it. */
export interface FindingRow {
  readonly severity: 'error' | 'warning';
  readonly severityName: string;
  readonly tagClass: string;
  readonly ruleName: string;
  /** "Message, line 1, column 12", with the variant first in a template set. */
  readonly where: string;
  readonly text: string | null;
  readonly message: string;
  readonly suggestion: string | null;
}

/** A report as the admin shows it: the findings, readability and letter pages, each as rows of label and value. */
export interface CheckPanel {
  readonly summary: string;
  readonly blocks: boolean;
  readonly findings: FindingRow[];
  readonly readability: { readonly label: string; readonly value: string }[];
  readonly letterPages: { readonly label: string; readonly value: string }[];
}

const FIELD_NAMES: Readonly<Record<string, string>> = { subject: 'subject', content: 'message', welsh_subject: 'Welsh subject', welsh_content: 'Welsh text' };
const LETTER_FIELD_NAMES: Readonly<Record<string, string>> = { ...FIELD_NAMES, subject: 'main heading', content: 'body' };
const RENDERING_NAMES: Readonly<Record<string, string>> = { standard: 'Standard print', large_print: 'Large print' };
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { cy: 'Welsh', en: 'English' };
const CHANNEL_NAMES: Readonly<Record<string, string>> = { email: 'Email', sms: 'Text message', letter: 'Letter' };
const VARIANT_LANGUAGES: Readonly<Record<string, string>> = { en: 'English', cy: 'Welsh', bilingual: 'Welsh and English' };
/** Notify's LETTER_MAX_PAGE_COUNT, as the letter-pages check applies it. */
const LETTER_MAX_PAGES = 10;

/** R-CK: the panel for a template's report (`type` names its fields: a letter has a main heading and a body). */
export function checkPanel(report: CheckReportView, type: 'email' | 'sms' | 'letter' | null): CheckPanel {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  return {
    summary: summaryOf(errors, warnings),
    blocks: report.blocks_publish,
    findings: report.findings.map((finding) => findingRow(finding, type)),
    readability: readabilityRows(report),
    letterPages: Object.entries(report.letter_pages ?? {}).map(([rendering, pages]) => ({
      label: RENDERING_NAMES[rendering] ?? rendering,
      value: `${pages} ${pages === 1 ? 'page' : 'pages'}${pages > LETTER_MAX_PAGES ? ` (at most ${LETTER_MAX_PAGES})` : ''}`,
    })),
  };
}

function summaryOf(errors: number, warnings: number): string {
  if (errors + warnings === 0) return 'No problems found.';
  const parts = [errors ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : null, warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : null];
  return `${parts.filter(Boolean).join(' and ')}.`;
}

function findingRow(finding: CheckFindingView, type: 'email' | 'sms' | 'letter' | null): FindingRow {
  const variantType = finding.variant?.split(':')[0] ?? type;
  const names = variantType === 'letter' ? LETTER_FIELD_NAMES : FIELD_NAMES;
  const where = [
    finding.variant ? variantName(finding.variant) : null,
    finding.field ? names[finding.field] : 'the whole template',
    finding.line !== null ? `line ${finding.line}, column ${finding.column}` : null,
  ].filter(Boolean);
  return {
    severity: finding.severity,
    severityName: finding.severity === 'error' ? 'Error' : 'Warning',
    tagClass: finding.severity === 'error' ? 'govuk-tag--red' : 'govuk-tag--yellow',
    ruleName: CHECK_RULE_NAMES[finding.rule]?.name ?? finding.rule,
    where: capitalised(where.join(', ')),
    text: finding.text,
    message: finding.message,
    suggestion: finding.suggestion,
  };
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** `email:cy` as "Email in Welsh". */
function variantName(tag: string): string {
  const [channel, language] = tag.split(':');
  return `${CHANNEL_NAMES[channel] ?? channel} in ${VARIANT_LANGUAGES[language] ?? language}`;
}

function readabilityRows(report: CheckReportView): CheckPanel['readability'] {
  const readability = report.readability;
  if (!readability) return [];
  const rows: CheckPanel['readability'] = [];
  if (readability.flesch_reading_ease !== null)
    rows.push({ label: 'Flesch reading ease', value: `${readability.flesch_reading_ease.toFixed(1)} (higher is easier; 60 or more is plain English)` });
  if (readability.smog_grade !== null) rows.push({ label: 'SMOG grade', value: readability.smog_grade.toFixed(1) });
  if (readability.reading_age !== null) {
    const verdict = readability.reading_age <= readability.target_age ? 'within the target' : 'above the target';
    rows.push({ label: 'Reading age', value: `${readability.reading_age}: ${verdict} of ${readability.target_age}` });
  }
  for (const language of readability.not_scored)
    rows.push({ label: LANGUAGE_NAMES[language] ?? language, value: 'Not scored: the formulas only work for English' });
  return rows;
}
