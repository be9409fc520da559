import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CHECK_RULES } from '@herald/domain';
import { checkTemplate } from './check-template';
import type { CheckableTemplate } from './checkable-template';

/** The fixture of docs/checks.md ("The readability fixture"); its syllables are counted by hand below. */
const FIXTURE =
  'We got your form today. We will send you a letter next week. Call us if you have a question about your claim. Your application will be considered by a member of the team.';
/** The Flesch reading ease docs/checks.md documents for FIXTURE. */
const DOCUMENTED_FLESCH = 88.7;
const DOCS = readFileSync(join(__dirname, '../../../../docs/checks.md'), 'utf8');

const anEmail = (content: string, overrides: Partial<CheckableTemplate> = {}): CheckableTemplate => ({
  templateType: 'email',
  subject: 'Your claim',
  content,
  language: null,
  welshSubject: null,
  welshContent: null,
  ...overrides,
});
const check = (template: CheckableTemplate) => checkTemplate(template, DEFAULT_CHECK_RULES, { now: new Date('2026-01-12T10:00:00Z') });

describe('readability (R-CK-4)', () => {
  it('R-CK-4: the fixture text has the documented Flesch score, within 0.5 of the score from hand-counted words, sentences and syllables', async () => {
    // We(1) got(1) your(1) form(1) today(2): 5 words, 6 syllables.
    // We(1) will(1) send(1) you(1) a(1) letter(2) next(1) week(1): 8 words, 9 syllables.
    // Call(1) us(1) if(1) you(1) have(1) a(1) question(2) about(2) your(1) claim(1): 10 words, 12 syllables.
    // Your(1) application(4) will(1) be(1) considered(3) by(1) a(1) member(2) of(1) the(1) team(1): 11 words, 17 syllables.
    const [sentences, words, syllables] = [4, 5 + 8 + 10 + 11, 6 + 9 + 12 + 17];
    const byHand = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
    const { readability } = await check(anEmail(FIXTURE));
    expect(Math.abs(readability!.fleschReadingEase! - byHand)).toBeLessThanOrEqual(0.5);
    expect(readability!.fleschReadingEase).toBe(DOCUMENTED_FLESCH);
    expect(DOCS).toContain(FIXTURE);
    expect(DOCS).toContain(`Flesch reading ease **${DOCUMENTED_FLESCH}**`);
    // SMOG from the 2 words of 3 or more syllables in 4 sentences.
    expect(readability!.smogGrade).toBeCloseTo(1.043 * Math.sqrt((2 * 30) / 4) + 3.1291, 1);
    expect(readability!.readingAge).toBe(12.1);
    expect(readability!.targetAge).toBe(9);
    expect(readability!.notScored).toEqual([]);
  });

  it('R-CK-4: a Welsh variant is not scored and says so', async () => {
    const { readability, findings } = await check(
      anEmail('Rydym wedi cael eich ffurflen gais am drwydded bysgota heddiw ac fe fyddwn yn ysgrifennu atoch eto.', { language: 'cy' }),
    );
    expect(readability).toEqual({ fleschReadingEase: null, smogGrade: null, readingAge: null, targetAge: 9, notScored: ['cy'] });
    expect(findings.filter((finding) => finding.rule === 'reading-age')).toEqual([]);
  });

  it('R-CK-4: scores only the English blocks of a bilingual email, and names Welsh as not scored', async () => {
    const bilingual = await check(anEmail(`[[cy]]Rydym wedi cael eich ffurflen heddiw.[[/cy]]\n\n[[en]]${FIXTURE}[[/en]]`, { language: 'bilingual' }));
    expect(bilingual.readability).toMatchObject({ fleschReadingEase: DOCUMENTED_FLESCH, notScored: ['cy'] });
  });

  it('R-CK-4: flags a sentence whose reading age is above the target + 3, with its index, and not the plain ones', async () => {
    const { findings } = await check(anEmail(FIXTURE));
    const flagged = findings.filter((finding) => finding.rule === 'reading-age');
    expect(flagged.map((finding) => finding.sentence)).toEqual([3]);
    expect(flagged[0]).toMatchObject({ severity: 'warning', field: 'content', start: FIXTURE.indexOf('Your application') });
    expect(flagged[0].message).toBe('This sentence needs a reading age of about 15 (Flesch reading ease 64.9, SMOG grade 11.2); aim for 9');
  });

  it('R-CK-4: a higher target age lets the same sentence pass, and a sentence under 5 words is not scored on its own', async () => {
    const relaxed = await checkTemplate(anEmail(FIXTURE), DEFAULT_CHECK_RULES, { targetAge: 14 });
    expect(relaxed.findings.filter((finding) => finding.rule === 'reading-age')).toEqual([]);
    const short = await check(anEmail('Application considered.'));
    expect(short.findings.filter((finding) => finding.rule === 'reading-age')).toEqual([]);
    expect(short.readability!.fleschReadingEase).not.toBeNull();
  });

  it('does not score text messages', async () => {
    expect((await check(anEmail('We got your form today.', { templateType: 'sms', subject: null }))).readability).toBeNull();
  });
});
