import { flesch } from 'flesch';
import { smogFormula } from 'smog-formula';
import { syllable } from 'syllable';
import type { ProseSentence, ProseWord } from './prose-sentences';

export interface TextCounts {
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
  /** Words of three syllables or more (SMOG's "polysyllables"). */
  readonly polysyllables: number;
}

export interface ReadingScores {
  readonly fleschReadingEase: number;
  readonly smogGrade: number;
  /** The mean of the two formulas' reading ages (docs/checks.md). */
  readonly readingAge: number;
}

/** A placeholder counts as one syllable; any other word as at least one (the `syllable` package gives digits none). */
export function syllablesIn(word: ProseWord): number {
  return word.placeholder ? 1 : Math.max(1, syllable(word.text));
}

export function countsOf(sentences: readonly ProseSentence[]): TextCounts {
  const words = sentences.flatMap((sentence) => sentence.words);
  const syllables = words.map(syllablesIn);
  return {
    sentences: sentences.length,
    words: words.length,
    syllables: syllables.reduce((sum, count) => sum + count, 0),
    polysyllables: syllables.filter((count) => count >= 3).length,
  };
}

/** Flesch reading ease to an age, as retext-readability does: 20 - floor(score / 10). */
export function fleschAge(score: number): number {
  return 20 - Math.floor(score / 10);
}

/** A US school grade to an age: grade + 5 (retext-readability's conversion for grade formulas). */
export function smogAge(grade: number): number {
  return grade + 5;
}

/** Null when there is nothing to score. */
export function readingScores(counts: TextCounts): ReadingScores | null {
  if (counts.sentences === 0 || counts.words === 0) return null;
  const fleschReadingEase = flesch({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables });
  const smogGrade = smogFormula({ sentence: counts.sentences, polysillabicWord: counts.polysyllables });
  return { fleschReadingEase, smogGrade, readingAge: (fleschAge(fleschReadingEase) + smogAge(smogGrade)) / 2 };
}

/** Scores as reported: one decimal place. */
export const oneDecimal = (value: number): number => Math.round(value * 10) / 10;
