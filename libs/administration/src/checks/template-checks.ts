import {
  CHECK_RULE_NAMES,
  CheckFinding,
  CheckRuleSettings,
  DEFAULT_CHECK_RULES,
  FieldProblem,
  TemplateCheckReport,
  TemplateSetVariant,
  TemplateType,
} from '@herald/domain';
import type { ServiceRepository } from '@herald/persistence';
import { checkTemplate, checkTemplateSet, type CheckableTemplate, type CheckableVariant } from '@herald/templating';
import { positionOf } from './finding-position';

/** An ordinary template's fields, as the checks read them. */
export interface TemplateText {
  readonly type: TemplateType;
  readonly subject: string | null;
  readonly content: string;
}

/** The text a finding points into, and the form field it belongs to. */
export interface FindingPlace {
  readonly field: string;
  readonly text: string | null;
}

/** R-CK: the rules the service chose (Herald's defaults for a rule it never changed). */
async function rulesOf(services: ServiceRepository, serviceId: string): Promise<CheckRuleSettings> {
  return (await services.findCheckRules(serviceId)) ?? DEFAULT_CHECK_RULES;
}

/** R-CK: an ordinary template (English, no Welsh text) checked with the service's rules. */
export async function checkTemplateText(services: ServiceRepository, serviceId: string, template: TemplateText): Promise<TemplateCheckReport> {
  const checkable: CheckableTemplate = {
    templateType: template.type,
    subject: template.subject,
    content: template.content,
    language: null,
    welshSubject: null,
    welshContent: null,
  };
  return checkTemplate(checkable, await rulesOf(services, serviceId));
}

/** R-CK: every variant of a template set, and parity between them, checked with the service's rules. */
export async function checkVariants(services: ServiceRepository, serviceId: string, variants: readonly TemplateSetVariant[]): Promise<TemplateCheckReport> {
  const checkable = variants.map((v): CheckableVariant => ({
    channel: v.channel,
    templateType: v.channel,
    subject: v.subject,
    content: v.content,
    language: v.language,
    welshSubject: v.welshSubject,
    welshContent: v.welshContent,
  }));
  return checkTemplateSet(checkable, await rulesOf(services, serviceId));
}

/** The text of a template's field a finding names (null for a finding about the whole template). */
export function fieldText(
  template: { subject: string | null; content: string; welshSubject?: string | null; welshContent?: string | null },
  finding: CheckFinding,
) {
  const texts = {
    subject: template.subject,
    content: template.content,
    welsh_subject: template.welshSubject ?? null,
    welsh_content: template.welshContent ?? null,
  };
  return finding.field ? texts[finding.field] : null;
}

/**
 * One field problem per error finding, so a refused save says what to change and where:
 * `Link text (message, line 1, column 2): The link text "here" does not say where the link goes. Use words that say…`.
 * Warnings never refuse anything.
 */
export function blockingProblems(report: TemplateCheckReport, placeOf: (finding: CheckFinding) => FindingPlace): FieldProblem[] {
  return report.findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => {
      const place = placeOf(finding);
      const where = [FIELD_NAMES[finding.field ?? ''], place.text !== null && finding.start !== null ? lineAndColumn(place.text, finding.start) : null]
        .filter(Boolean)
        .join(', ');
      const advice = [finding.message, finding.suggestion].filter((part): part is string => Boolean(part)).map(sentence);
      return { field: place.field, message: `${CHECK_RULE_NAMES[finding.rule].name}${where ? ` (${where})` : ''}: ${advice.join(' ')}` };
    });
}

/** Ends with a full stop unless it already ends a sentence. */
const sentence = (text: string): string => (/[.!?…]["”’)]?$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

function lineAndColumn(text: string, offset: number): string {
  const { line, column } = positionOf(text, offset);
  return `line ${line}, column ${column}`;
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  subject: 'subject',
  content: 'message',
  welsh_subject: 'Welsh subject',
  welsh_content: 'Welsh text',
};
