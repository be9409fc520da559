import type { ReadabilityScore } from '@herald/domain';
import type { CheckedField } from './checked-fields';
import { ProseSentence, sentenceText } from './prose-sentences';
import { countsOf, oneDecimal, readingScores } from './readability';
import { firstWords, RuleFinding } from './rule-finding';

/** Shorter sentences are not scored on their own: the formulas say little about them. */
export const SCORED_SENTENCE_MIN_WORDS = 5;
/** A sentence is flagged when its reading age is more than this above the target. */
export const READING_AGE_MARGIN = 3;

/** R-CK-4: each English sentence of 5 or more words whose reading age is above the target age + 3. */
export function readingAgeFindings(field: CheckedField, sentences: readonly ProseSentence[], targetAge: number): RuleFinding[] {
  return sentences.flatMap((sentence) => {
    if (sentence.lang !== 'en' || sentence.words.length < SCORED_SENTENCE_MIN_WORDS) return [];
    const scores = readingScores(countsOf([sentence]));
    if (!scores || scores.readingAge <= targetAge + READING_AGE_MARGIN) return [];
    return [
      {
        rule: 'reading-age',
        field: field.field,
        start: sentence.start,
        end: sentence.end,
        text: firstWords(sentenceText(field, sentence)),
        message:
          `This sentence needs a reading age of about ${Math.round(scores.readingAge)} ` +
          `(Flesch reading ease ${oneDecimal(scores.fleschReadingEase)}, SMOG grade ${oneDecimal(scores.smogGrade)}); aim for ${targetAge}`,
        suggestion: 'Use shorter sentences and shorter, everyday words',
        sentence: sentence.index,
      },
    ];
  });
}

/** R-CK-4: the whole English text's scores; Welsh is not scored, only named in `notScored`. */
export function templateReadability(sentences: readonly ProseSentence[], targetAge: number, welsh: boolean): ReadabilityScore {
  const scores = readingScores(countsOf(sentences.filter((sentence) => sentence.lang === 'en')));
  return {
    fleschReadingEase: scores ? oneDecimal(scores.fleschReadingEase) : null,
    smogGrade: scores ? oneDecimal(scores.smogGrade) : null,
    readingAge: scores ? oneDecimal(scores.readingAge) : null,
    targetAge,
    notScored: welsh ? ['cy'] : [],
  };
}
