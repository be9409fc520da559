import type { CheckFinding, CheckRuleSettings, TemplateCheckReport } from '@herald/domain';
import { applyRule, checkReport } from './check-report';
import { CheckableTemplate, CheckOptions, DEFAULT_TARGET_AGE } from './checkable-template';
import { checkedFields, CheckedField, hasWelsh } from './checked-fields';
import { letterPageCounts, letterPagesFindings } from './letter-pages-rule';
import { linkTextFindings } from './link-text-rule';
import { passiveVoiceFindings } from './passive-voice-rule';
import { ProseSentence, proseSentences } from './prose-sentences';
import { readingAgeFindings, templateReadability } from './reading-age-rule';
import { sentenceLengthFindings } from './sentence-length-rule';
import { wordsToAvoidFindings } from './words-to-avoid-rule';

export type { CheckableTemplate, CheckOptions } from './checkable-template';

interface FieldProse {
  readonly field: CheckedField;
  readonly sentences: readonly ProseSentence[];
}

/**
 * Runs every check on one template (R-CK-1..5, and R-CK-7's page counts for a letter). Subjects,
 * letter headings and text messages get the word rules only (words to avoid, passive voice); the
 * body of an email or a letter gets all of them. Pure apart from rendering a letter to count pages.
 */
export async function checkTemplate(template: CheckableTemplate, rules: CheckRuleSettings, options: CheckOptions = {}): Promise<TemplateCheckReport> {
  const now = options.now ?? new Date();
  const targetAge = options.targetAge ?? DEFAULT_TARGET_AGE;
  const fields = checkedFields(template);
  const prose: FieldProse[] = fields.map((field) => ({ field, sentences: proseSentences(field) }));
  const bodies = template.templateType === 'sms' ? [] : prose.filter((p) => p.field.part === 'body');
  const letterPages = template.templateType === 'letter' ? await letterPageCounts(template, now) : null;
  const findings: CheckFinding[] = (
    await Promise.all([
      applyRule(rules, 'words-to-avoid', () => prose.flatMap((p) => wordsToAvoidFindings(p.field))),
      applyRule(rules, 'link-text', () => bodies.flatMap((p) => linkTextFindings(p.field))),
      applyRule(rules, 'sentence-length', () => bodies.flatMap((p) => sentenceLengthFindings(p.field, p.sentences))),
      applyRule(rules, 'reading-age', () => bodies.flatMap((p) => readingAgeFindings(p.field, p.sentences, targetAge))),
      applyRule(rules, 'passive-voice', () => prose.flatMap((p) => passiveVoiceFindings(p.field, p.sentences))),
      applyRule(rules, 'letter-pages', () => (letterPages ? letterPagesFindings(letterPages) : [])),
    ])
  ).flat();
  const welsh = template.language === 'cy' || hasWelsh(fields);
  const readability =
    template.templateType === 'sms'
      ? null
      : templateReadability(
          bodies.flatMap((p) => p.sentences),
          targetAge,
          welsh,
        );
  return checkReport(now, findings, readability, letterPages);
}
