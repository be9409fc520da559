import type { CheckedField } from './checked-fields';
import { BE_VERBS, isAdverb, isPastParticiple } from './past-participles';
import type { ProseSentence, ProseWord } from './prose-sentences';
import type { RuleFinding } from './rule-finding';

const plain = (word: ProseWord): string => (word.placeholder ? '' : word.text.toLowerCase().replace(/’/g, "'"));

/**
 * R-CK-5: in English sentences, a form of "be" followed by a past participle, with at most one
 * adverb between them ("was received", "is not needed", "has been sent": one finding each).
 */
export function passiveVoiceFindings(field: CheckedField, sentences: readonly ProseSentence[]): RuleFinding[] {
  return sentences.flatMap((sentence) => {
    if (sentence.lang !== 'en') return [];
    const { words } = sentence;
    const found: RuleFinding[] = [];
    for (let index = 0; index < words.length - 1; index++) {
      if (!BE_VERBS.has(plain(words[index]))) continue;
      const next = isAdverb(plain(words[index + 1])) ? index + 2 : index + 1;
      if (next >= words.length || !isPastParticiple(plain(words[next]))) continue;
      found.push(finding(field, sentence, words[index], words[next]));
      index = next;
    }
    return found;
  });
}

function finding(field: CheckedField, sentence: ProseSentence, be: ProseWord, participle: ProseWord): RuleFinding {
  const text = field.text.slice(be.start, participle.end);
  return {
    rule: 'passive-voice',
    field: field.field,
    start: be.start,
    end: participle.end,
    text,
    message: `"${text}" is passive: it does not say who does it`,
    suggestion: 'Say who does it, for example "we received your form" rather than "your form was received"',
    sentence: sentence.index,
  };
}
