import { checkedFields, CheckedField } from './checked-fields';
import type { CheckableTemplate } from './checkable-template';
import { wordsToAvoidFindings } from './words-to-avoid-rule';
import { WORDS_TO_AVOID } from './words-to-avoid';

const anEmail = (overrides: Partial<CheckableTemplate> = {}): CheckableTemplate => ({
  templateType: 'email',
  subject: null,
  content: '',
  language: null,
  welshSubject: null,
  welshContent: null,
  ...overrides,
});
const content = (text: string, overrides: Partial<CheckableTemplate> = {}): CheckedField => checkedFields(anEmail({ content: text, ...overrides }))[0];
const hits = (text: string, overrides: Partial<CheckableTemplate> = {}) => wordsToAvoidFindings(content(text, overrides));
const words = (text: string) => hits(text).map((hit) => hit.text);

describe('words to avoid (R-CK-1)', () => {
  it('R-CK-1: "We will facilitate your application" yields one hit, facilitate, with a suggestion', () => {
    const found = hits('We will facilitate your application');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'words-to-avoid', field: 'content', text: 'facilitate', start: 8, end: 18 });
    expect(found[0].suggestion).toMatch(/help/);
    expect(found[0].message).toContain('facilitate');
  });

  it('matches any case and the simple inflections, as whole words only', () => {
    expect(words('Facilitated by us. It facilitates. Facilitating it.')).toEqual(['Facilitated', 'facilitates', 'Facilitating']);
    expect(words('Ask the facilitator or our keyholder.')).toEqual([]);
  });

  it('matches phrases across spaces, hyphens and line breaks', () => {
    expect(words('Fill in the form in order\nto apply. It is a one stop shop, ring-fenced for you.')).toEqual(['in order\nto', 'one stop shop', 'ring-fenced']);
  });

  it('flags impact, land and progress as verbs only', () => {
    expect(words('The impact on you is small. We will progress your claim. It will impact you.')).toEqual(['progress', 'impact']);
    expect(words('Check the progress of your claim at the Land Registry.')).toEqual([]);
    expect(words('This was impacted by the change.')).toEqual(['impacted']);
  });

  it('keeps the longer phrase where two entries overlap', () => {
    expect(words('We will drive out fraud and drive change.')).toEqual(['drive out', 'drive']);
  });

  it('includes the plainer-word pairs and the GOV.UK "use … not …" words', () => {
    const found = hits('Prior to your visit, purchase a ticket such as this one.');
    expect(found.map((hit) => [hit.text, hit.suggestion])).toEqual([
      ['Prior to', 'before'],
      ['purchase', 'buy'],
      ['such as', 'like'],
    ]);
  });

  it('never matches inside a placeholder, a link URL or a bare URL', () => {
    expect(words('Your ((key)) is at https://example.gov.uk/deliver-key and [your account](https://x.gov.uk/leverage).')).toEqual([]);
  });

  it('reads only English: a Welsh variant and the Welsh blocks of a bilingual email are skipped', () => {
    expect(hits('Rydym yn deliver', { language: 'cy' })).toEqual([]);
    const bilingual = '[[cy]]Gallwn facilitate[[/cy]]\n[[en]]We facilitate[[/en]]';
    expect(hits(bilingual, { language: 'bilingual' }).map((hit) => [hit.text, hit.start])).toEqual([['facilitate', bilingual.lastIndexOf('facilitate')]]);
  });

  it('gives every entry a reason and a suggestion', () => {
    for (const entry of WORDS_TO_AVOID) {
      expect(entry.why).not.toBe('');
      expect(entry.suggestion).not.toBe('');
      expect(entry.forms.length).toBeGreaterThan(0);
    }
  });
});
