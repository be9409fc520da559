import { CHECK_RULES, CheckRule, CheckRuleSettings, DEFAULT_CHECK_RULES } from '@herald/domain';
import { checkTemplate } from './check-template';
import type { CheckableTemplate } from './checkable-template';

const LONG = 'one two three four five six seven eight nine ten '.repeat(3).trim();
/** Breaks each rule that reads an email body once: words, link text, sentence length, reading age, passive voice. */
const EVERY_RULE_BROKEN = `Your form was received. We will facilitate it.\n\n[Click here](https://x.gov.uk)\n\n${LONG}.\n\nConsideration of applications necessitates documentation.`;
const NOW = new Date('2026-01-12T10:00:00Z');

const anEmail = (overrides: Partial<CheckableTemplate> = {}): CheckableTemplate => ({
  templateType: 'email',
  subject: 'Your application',
  content: EVERY_RULE_BROKEN,
  language: null,
  welshSubject: null,
  welshContent: null,
  ...overrides,
});
const rulesFound = async (template: CheckableTemplate, rules: CheckRuleSettings = DEFAULT_CHECK_RULES) =>
  [...new Set((await checkTemplate(template, rules, { now: NOW })).findings.map((finding) => finding.rule))].sort();

describe('checkTemplate', () => {
  it('runs every body rule on an email body, with the default severities', async () => {
    const report = await checkTemplate(anEmail(), DEFAULT_CHECK_RULES, { now: NOW });
    expect([...new Set(report.findings.map((finding) => finding.rule))].sort()).toEqual([
      'link-text',
      'passive-voice',
      'reading-age',
      'sentence-length',
      'words-to-avoid',
    ]);
    for (const finding of report.findings) expect(finding.severity).toBe(DEFAULT_CHECK_RULES[finding.rule]);
    expect(report.checkedAt).toBe('2026-01-12T10:00:00.000Z');
    expect(report.letterPages).toBeNull();
  });

  it.each(CHECK_RULES.filter((rule) => !['letter-pages', 'parity'].includes(rule)))('a rule set to off (%s) produces no findings', async (rule: CheckRule) => {
    const found = await rulesFound(anEmail(), { ...DEFAULT_CHECK_RULES, [rule]: 'off' });
    expect(found).not.toContain(rule);
    expect(found.length).toBe(4);
  });

  it('blocks publishing only when a finding is an error', async () => {
    const wording = anEmail({ content: 'We will facilitate it.' });
    expect((await checkTemplate(wording, DEFAULT_CHECK_RULES)).blocksPublish).toBe(false);
    const strict = await checkTemplate(wording, { ...DEFAULT_CHECK_RULES, 'words-to-avoid': 'error' });
    expect(strict.findings.map((finding) => finding.severity)).toEqual(['error']);
    expect(strict.blocksPublish).toBe(true);
  });

  it('checks a text message for words to avoid and passive voice only', async () => {
    const sms = anEmail({ templateType: 'sms', subject: null });
    expect(await rulesFound(sms)).toEqual(['passive-voice', 'words-to-avoid']);
    expect((await checkTemplate(sms, DEFAULT_CHECK_RULES)).readability).toBeNull();
  });

  it('checks an email subject for words and passive voice only, pointing into the subject', async () => {
    const subject =
      'Your form was received: click here to facilitate a very long and complicated subject line that goes on and on for many more words than twenty five';
    const report = await checkTemplate(anEmail({ subject, content: 'We got it.' }), DEFAULT_CHECK_RULES);
    expect(report.findings.map((finding) => [finding.field, finding.rule, subject.slice(finding.start!, finding.end!)])).toEqual([
      ['subject', 'passive-voice', 'was received'],
      ['subject', 'words-to-avoid', 'facilitate'],
    ]);
  });

  it("checks only the English part of a bilingual email's subject", async () => {
    const subject = '[[cy]]Ffurflen was received[[/cy]] [[en]]Your form was received[[/en]]';
    const report = await checkTemplate(anEmail({ subject, content: 'We got it.', language: 'bilingual' }), DEFAULT_CHECK_RULES);
    expect(report.findings.map((finding) => [finding.field, finding.start])).toEqual([['subject', subject.lastIndexOf('was received')]]);
  });

  it('lists findings by field, then position', async () => {
    const report = await checkTemplate(anEmail({ subject: 'We will facilitate it', content: 'It was sent. We utilise it.' }), DEFAULT_CHECK_RULES);
    expect(report.findings.map((finding) => [finding.field, finding.text])).toEqual([
      ['subject', 'facilitate'],
      ['content', 'was sent'],
      ['content', 'utilise'],
    ]);
  });

  it("checks a bilingual letter's Welsh part for length and links, but not with the English rules", async () => {
    const welshContent = `Mae eich ffurflen was received. [Cliciwch yma](https://x.llyw.cymru)\n\n${LONG}.`;
    const report = await checkTemplate(
      anEmail({ templateType: 'letter', language: 'bilingual', content: 'We got your form.', welshSubject: 'Eich ffurflen', welshContent }),
      DEFAULT_CHECK_RULES,
      { now: NOW },
    );
    expect(report.findings.map((finding) => [finding.field, finding.rule])).toEqual([
      ['welsh_content', 'link-text'],
      ['welsh_content', 'sentence-length'],
    ]);
    expect(report.readability).toMatchObject({ notScored: ['cy'] });
    expect(report.readability!.fleschReadingEase).not.toBeNull();
  });

  it('gives an empty template no findings and no scores', async () => {
    const report = await checkTemplate(anEmail({ subject: '', content: '' }), DEFAULT_CHECK_RULES);
    expect(report.findings).toEqual([]);
    expect(report.readability).toEqual({ fleschReadingEase: null, smogGrade: null, readingAge: null, targetAge: 9, notScored: [] });
    expect(report.blocksPublish).toBe(false);
  });
});
