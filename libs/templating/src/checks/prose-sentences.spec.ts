import { checkedFields } from './checked-fields';
import type { CheckableTemplate } from './checkable-template';
import { proseSentences } from './prose-sentences';

const field = (content: string, overrides: Partial<CheckableTemplate> = {}) =>
  checkedFields({ templateType: 'email', subject: null, content, language: null, welshSubject: null, welshContent: null, ...overrides })[0];
const sentences = (content: string, overrides: Partial<CheckableTemplate> = {}) =>
  proseSentences(field(content, overrides)).map((sentence) => sentence.words.map((word) => word.text).join(' '));

describe('sentences and words of a template', () => {
  it('splits at full stops, question and exclamation marks, and at line ends', () => {
    expect(sentences('Hello Jo. Is it you? Yes!\nAnother line')).toEqual(['Hello Jo', 'Is it you', 'Yes', 'Another line']);
  });

  it('reads Windows line endings as line ends, keeping offsets in the field as written', () => {
    const text = 'Hello Jo.\r\nYour form was sent.';
    const found = proseSentences(field(text));
    expect(found.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(['Hello Jo.', 'Your form was sent.']);
  });

  it('does not split at abbreviations, decimals or GOV.UK', () => {
    expect(sentences('Bring ID, e.g. a passport. Pay £1.50 on GOV.UK today.')).toEqual(['Bring ID e.g a passport', 'Pay 1.50 on GOV.UK today']);
    expect(sentences('It costs £1,000, or less.')).toEqual(['It costs 1,000 or less']);
  });

  it('makes a heading and each list item a sentence, without their markers', () => {
    expect(sentences('# What to bring\n\n* your passport\n* a photo\n1. Fill in the form\n2. Post it')).toEqual([
      'What to bring',
      'your passport',
      'a photo',
      'Fill in the form',
      'Post it',
    ]);
  });

  it('counts a placeholder as one word and keeps its offsets', () => {
    const [sentence] = proseSentences(field('Dear ((first name)), hello.'));
    expect(sentence.words.map((word) => [word.text, word.placeholder, word.start])).toEqual([
      ['Dear', false, 0],
      ['((first name))', true, 5],
      ['hello', false, 21],
    ]);
  });

  it('does not count URLs, link URLs, inset marks, rules or language markers as words', () => {
    expect(sentences('^ Visit https://www.gov.uk/apply now.\n\n---\n\nSee [your account](https://x.gov.uk/a.b) today.')).toEqual([
      'Visit now',
      'See your account today',
    ]);
    expect(sentences('[[en]]Hello[[/en]] [[cy]]Helo[[/cy]]', { language: 'bilingual' })).toEqual(['Hello', 'Helo']);
  });

  it('numbers sentences through the field and marks each with its language', () => {
    const found = proseSentences(field('[[en]]One. Two.[[/en]]\n[[cy]]Un. Dau.[[/cy]]', { language: 'bilingual' }));
    expect(found.map((sentence) => [sentence.index, sentence.lang])).toEqual([
      [0, 'en'],
      [1, 'en'],
      [2, 'cy'],
      [3, 'cy'],
    ]);
  });
});
