import { DEFAULT_CHECK_RULES } from '@herald/domain';
import { checkTemplate } from './check-template';
import { checkedFields } from './checked-fields';
import type { CheckableTemplate } from './checkable-template';
import { passiveVoiceFindings } from './passive-voice-rule';
import { proseSentences } from './prose-sentences';

const findings = (content: string, overrides: Partial<CheckableTemplate> = {}) =>
  checkedFields({ templateType: 'sms', subject: null, content, language: null, welshSubject: null, welshContent: null, ...overrides }).flatMap((field) =>
    passiveVoiceFindings(field, proseSentences(field)),
  );
const texts = (content: string) => findings(content).map((finding) => finding.text);

describe('passive voice (R-CK-5)', () => {
  const check = (content: string) =>
    checkTemplate({ templateType: 'email', subject: 'Your form', content, language: null, welshSubject: null, welshContent: null }, DEFAULT_CHECK_RULES);

  it('R-CK-5: "Your form was received" gets one warning', async () => {
    const { findings: found } = await check('Your form was received');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'passive-voice', severity: 'warning', field: 'content', text: 'was received', start: 10, end: 22, sentence: 0 });
    expect(found[0].suggestion).toBeTruthy();
  });

  it('R-CK-5: "We received your form" gets none', async () => {
    expect((await check('We received your form')).findings).toEqual([]);
  });

  it('finds irregular participles, an adverb in between, and "been" and "being"', () => {
    expect(texts('Your card was sent. It is not needed. It has been written. It is being paid. It was quickly taken.')).toEqual([
      'was sent',
      'is not needed',
      'been written',
      'being paid',
      'was quickly taken',
    ]);
  });

  it('leaves be-verbs before other words alone', () => {
    expect(texts('It is red. You are ready. That is indeed true. We are here. It was a hundred pounds. You are the applicant.')).toEqual([]);
  });

  it('does not run on from one sentence into the next, nor read Welsh', () => {
    expect(texts('That is all it is. Sent by us.')).toEqual([]);
    expect(findings('Mae is sent', { language: 'cy' })).toEqual([]);
  });
});
