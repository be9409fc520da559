import type { CheckFindingView, CheckReportView } from '@herald/contracts';
import { checkPanel } from './check-report-view';

const aFinding = (overrides: Partial<CheckFindingView> = {}): CheckFindingView => ({
  rule: 'link-text',
  severity: 'error',
  field: 'content',
  start: 11,
  end: 21,
  line: 1,
  column: 12,
  text: 'Click here',
  message: 'The link text "Click here" does not say where the link goes',
  suggestion: 'Use words that say where the link goes',
  sentence: null,
  variant: null,
  ...overrides,
});

const aReport = (overrides: Partial<CheckReportView> = {}): CheckReportView => ({
  checked_at: '2026-12-05T10:00:00.000Z',
  blocks_publish: true,
  findings: [aFinding()],
  readability: { flesch_reading_ease: 72.04, smog_grade: 7.8, reading_age: 12.9, target_age: 9, not_scored: ['cy'] },
  letter_pages: null,
  ...overrides,
});

describe('checkPanel', () => {
  it('R-CK: names each finding’s check, severity, field and position, with its message and suggestion', () => {
    const panel = checkPanel(
      aReport({ findings: [aFinding(), aFinding({ rule: 'passive-voice', severity: 'warning', text: 'was received', line: 2, column: 5 })] }),
      'email',
    );
    expect(panel.summary).toBe('1 error and 1 warning.');
    expect(panel.blocks).toBe(true);
    expect(panel.findings).toEqual([
      {
        severity: 'error',
        severityName: 'Error',
        tagClass: 'govuk-tag--red',
        ruleName: 'Link text',
        where: 'Message, line 1, column 12',
        text: 'Click here',
        message: 'The link text "Click here" does not say where the link goes',
        suggestion: 'Use words that say where the link goes',
      },
      expect.objectContaining({ severityName: 'Warning', tagClass: 'govuk-tag--yellow', ruleName: 'Passive voice', where: 'Message, line 2, column 5' }),
    ]);
  });

  it('R-CK-4: shows the Flesch score and the reading age against the target, and that Welsh is not scored', () => {
    expect(checkPanel(aReport(), 'email').readability).toEqual([
      { label: 'Flesch reading ease', value: expect.stringMatching(/^72\.0 /) },
      { label: 'SMOG grade', value: '7.8' },
      { label: 'Reading age', value: '12.9: above the target of 9' },
      { label: 'Welsh', value: 'Not scored: the formulas only work for English' },
    ]);
  });

  it('R-CK-7: names a set’s variant, a letter’s parts and its page counts in each printing', () => {
    const panel = checkPanel(
      aReport({
        findings: [
          aFinding({ variant: 'letter:bilingual', field: 'welsh_content', line: 4, column: 1 }),
          aFinding({ rule: 'letter-pages', field: null, line: null, column: null, text: null, variant: 'letter:bilingual' }),
        ],
        letter_pages: { standard: 6, large_print: 11 },
      }),
      null,
    );
    expect(panel.findings.map((f) => f.where)).toEqual([
      'Letter in Welsh and English, Welsh text, line 4, column 1',
      'Letter in Welsh and English, the whole template',
    ]);
    expect(panel.letterPages).toEqual([
      { label: 'Standard print', value: '6 pages' },
      { label: 'Large print', value: '11 pages (at most 10)' },
    ]);
  });

  it('says when nothing was found', () => {
    expect(checkPanel(aReport({ findings: [], blocks_publish: false }), 'sms').summary).toBe('No problems found.');
  });
});
