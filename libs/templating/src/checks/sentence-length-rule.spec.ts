import { checkedFields } from './checked-fields';
import { proseSentences } from './prose-sentences';
import { sentenceLengthFindings } from './sentence-length-rule';

const WORDS = 'one two three four five six seven eight nine ten'.split(' ');
const sentenceOf = (count: number) => Array.from({ length: count }, (_, index) => WORDS[index % 10]).join(' ');
const findings = (content: string) => {
  const [field] = checkedFields({ templateType: 'letter', subject: null, content, language: null, welshSubject: null, welshContent: null });
  return sentenceLengthFindings(field, proseSentences(field));
};

describe('sentence length (R-CK-3)', () => {
  it('R-CK-3: a 30-word sentence is flagged once, with its index', () => {
    const content = `Short first sentence. ${sentenceOf(30)}. Short last sentence.`;
    const found = findings(content);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'sentence-length', field: 'content', sentence: 1, start: 22, end: content.indexOf('. Short last') + 1 });
    expect(found[0].message).toContain('30 words');
  });

  it('lets a sentence of 25 words pass', () => {
    expect(findings(`${sentenceOf(25)}.`)).toEqual([]);
  });

  it('counts a placeholder as one word, and not URLs, markup or list markers', () => {
    expect(findings(`((first name)) ${sentenceOf(24)}.`)).toEqual([]);
    expect(findings(`^ ${sentenceOf(24)} [here](https://x.gov.uk/a/b/c/d/e/f) https://www.gov.uk/one/two/three.`)).toEqual([]);
    expect(findings(`* ${sentenceOf(25)}\n* ${sentenceOf(25)}`)).toEqual([]);
    expect(findings(`((a)) ((b)) ${sentenceOf(24)}.`)).toHaveLength(1);
  });
});
