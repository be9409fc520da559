import type { CheckedField } from './checked-fields';
import { ProseSentence, sentenceText } from './prose-sentences';
import { firstWords, RuleFinding } from './rule-finding';

/** GOV.UK's longest plain-English sentence. */
export const MAX_SENTENCE_WORDS = 25;

/** R-CK-3: each sentence of more than 25 words, once, with its index in the field. */
export function sentenceLengthFindings(field: CheckedField, sentences: readonly ProseSentence[]): RuleFinding[] {
  return sentences
    .filter((sentence) => sentence.words.length > MAX_SENTENCE_WORDS)
    .map((sentence) => ({
      rule: 'sentence-length',
      field: field.field,
      start: sentence.start,
      end: sentence.end,
      text: firstWords(sentenceText(field, sentence)),
      message: `This sentence has ${sentence.words.length} words: aim for ${MAX_SENTENCE_WORDS} or fewer`,
      suggestion: 'Split it into shorter sentences',
      sentence: sentence.index,
    }));
}
