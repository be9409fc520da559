import { CheckRuleSettings, DEFAULT_CHECK_RULES } from '@herald/domain';
import { LetterPdfRenderer } from '../letter-pdf-renderer';
import { checkTemplate } from './check-template';
import type { CheckableTemplate } from './checkable-template';

const PARAGRAPH =
  'We will write to you again when we have checked your claim. If you need to tell us about a change, call us on the number at the top of this letter.';
/** 100 paragraphs: 6 pages in the standard layout and 12 in large print (both counted by the renderer in the test). */
const LONG_BODY = Array.from({ length: 100 }, (_, index) => `${PARAGRAPH} This is paragraph ${index + 1}.`).join('\n\n');
const NOW = new Date('2026-01-12T10:00:00Z');

const aLetter = (overrides: Partial<CheckableTemplate> = {}): CheckableTemplate => ({
  templateType: 'letter',
  subject: 'Your claim',
  content: 'Dear ((name)),\n\nWe got your claim.',
  language: null,
  welshSubject: null,
  welshContent: null,
  ...overrides,
});

describe('letter pages (R-CK-7)', () => {
  it('R-CK-7: a letter of at most 10 pages in the standard layout but more in large print fails, naming the large-print page count', async () => {
    const report = await checkTemplate(aLetter({ content: LONG_BODY }), DEFAULT_CHECK_RULES, { now: NOW });
    const renderer = new LetterPdfRenderer();
    const letter = { addressLines: ['((address line 1))'], contactBlock: null, date: NOW, heading: 'Your claim', body: LONG_BODY };
    const standard = (await renderer.render(letter)).pageCount;
    const largePrint = (await renderer.render({ ...letter, largePrint: true })).pageCount;
    expect(standard).toBeLessThanOrEqual(10);
    expect(largePrint).toBeGreaterThan(10);
    expect(report.letterPages).toEqual({ standard, large_print: largePrint });
    const pages = report.findings.filter((finding) => finding.rule === 'letter-pages');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ severity: 'error', field: null, start: null });
    expect(pages[0].message).toBe(`The large-print letter is ${largePrint} pages long: a letter can have at most 10 pages`);
    expect(report.blocksPublish).toBe(true);
  });

  it('R-CK-7: a short letter reports its page counts and passes', async () => {
    const report = await checkTemplate(aLetter(), DEFAULT_CHECK_RULES, { now: NOW });
    expect(report.letterPages).toEqual({ standard: 1, large_print: 1 });
    expect(report.findings.filter((finding) => finding.rule === 'letter-pages')).toEqual([]);
  });

  it('counts both parts of a bilingual letter', async () => {
    const body = LONG_BODY.split('\n\n').slice(0, 30).join('\n\n');
    const english = await checkTemplate(aLetter({ content: body }), DEFAULT_CHECK_RULES, { now: NOW });
    const bilingual = await checkTemplate(
      aLetter({ content: body, language: 'bilingual', welshSubject: 'Eich hawliad', welshContent: body }),
      DEFAULT_CHECK_RULES,
      {
        now: NOW,
      },
    );
    expect(bilingual.letterPages!.standard).toBeGreaterThan(english.letterPages!.standard);
  });

  it('still counts pages but reports nothing when the rule is off', async () => {
    const rules: CheckRuleSettings = { ...DEFAULT_CHECK_RULES, 'letter-pages': 'off' };
    const report = await checkTemplate(aLetter({ content: LONG_BODY }), rules, { now: NOW });
    expect(report.letterPages!.large_print).toBeGreaterThan(10);
    expect(report.findings.filter((finding) => finding.rule === 'letter-pages')).toEqual([]);
  });

  it('gives emails and text messages no page counts', async () => {
    expect((await checkTemplate(aLetter({ templateType: 'email' }), DEFAULT_CHECK_RULES)).letterPages).toBeNull();
  });
});
