import type { TemplateSetDraft, TemplateSetVariant } from '@herald/domain';
import { draftProblems, parityProblems } from './template-set-checks';
import { readTemplateSetRequest } from './template-set-request';

const anEmail = (fields: Partial<TemplateSetVariant> = {}): TemplateSetVariant => ({
  channel: 'email',
  language: 'en',
  subject: 'Your ((ref))',
  content: 'Dear ((name)), see you on ((date)).',
  welshSubject: null,
  welshContent: null,
  ...fields,
});
const anSms = (fields: Partial<TemplateSetVariant> = {}): TemplateSetVariant =>
  anEmail({ channel: 'sms', subject: null, content: '((name)): ((ref)) on ((date))', ...fields });
const aLetter = (fields: Partial<TemplateSetVariant> = {}): TemplateSetVariant =>
  anEmail({ channel: 'letter', subject: 'Appointment ((ref))', content: '((address_line_1))\n((postcode))\nDear ((name)), ((date)).', ...fields });
const aDraft = (fields: Partial<TemplateSetDraft> = {}): TemplateSetDraft => ({
  name: 'Appointment',
  kind: 'statutory',
  label: 'Your appointment',
  sensitive: false,
  variants: [anEmail(), anSms(), aLetter()],
  ...fields,
});
const messages = (problems: { message: string }[]) => problems.map((p) => p.message);

describe('template set checks', () => {
  it('accepts a complete set whose variants use the same placeholders', () => {
    expect(draftProblems(aDraft())).toEqual([]);
    expect(parityProblems(aDraft().variants)).toEqual([]);
  });

  it('asks for a name, a label, a kind and at least one variant', () => {
    const problems = draftProblems(aDraft({ name: ' ', label: '', kind: 'urgent' as never, variants: [] }));
    expect(problems.map((p) => p.field)).toEqual(['name', 'kind', 'label', 'variants']);
  });

  it('refuses two variants with the same channel and language', () => {
    const problems = draftProblems(aDraft({ variants: [anSms(), anSms({ content: 'Other ((name)) ((ref)) ((date))' }), anSms({ language: 'cy' })] }));
    expect(problems).toEqual([{ field: 'variants.sms.en', message: 'sms (en): there is already a variant for this channel and language; remove one of them' }]);
  });

  it('asks for the subject of an email and the heading of a letter, and for content', () => {
    const problems = draftProblems(aDraft({ variants: [anEmail({ subject: null }), aLetter({ subject: ' ' }), anSms({ content: '' })] }));
    expect(messages(problems)).toEqual(['email (en): enter a subject', 'letter (en): enter a main heading', 'sms (en): enter the message']);
  });

  it('R-LF-3: a bilingual letter whose Welsh text lacks a placeholder is refused, naming it', () => {
    const letter = aLetter({ language: 'bilingual', welshSubject: 'Apwyntiad ((ref))', welshContent: 'Annwyl ((name)).' });
    expect(draftProblems(aDraft({ variants: [letter] }))).toEqual([
      { field: 'variants.letter.bilingual.welsh_content', message: 'letter (bilingual): the Welsh text lacks ((date))' },
    ]);
    expect(draftProblems(aDraft({ variants: [{ ...letter, welshContent: 'Annwyl ((name)), ((date)).' }] }))).toEqual([]);
  });

  it('R-LF-3: a bilingual letter needs both Welsh heading and Welsh text', () => {
    const problems = draftProblems(aDraft({ variants: [aLetter({ language: 'bilingual' })] }));
    expect(messages(problems)).toEqual(['letter (bilingual): enter the Welsh main heading', 'letter (bilingual): enter the Welsh text']);
  });

  it('R-LF-3: a bilingual text needs both [[cy]] and [[en]] blocks, each with the same placeholders', () => {
    const onlyEnglish = anSms({ language: 'bilingual', content: '[[en]]((name)): ((ref))[[/en]]' });
    expect(messages(draftProblems(aDraft({ variants: [onlyEnglish] })))).toEqual(['sms (bilingual): put the Welsh text in a [[cy]]…[[/cy]] block']);
    const unequal = anSms({ language: 'bilingual', content: '[[cy]]((name)) ((date))[[/cy]]\n[[en]]((name)): ((ref))[[/en]]' });
    expect(messages(draftProblems(aDraft({ variants: [unequal] })))).toEqual([
      'sms (bilingual): the Welsh text lacks ((ref))',
      'sms (bilingual): the English text lacks ((date))',
    ]);
    const equal = anEmail({ language: 'bilingual', content: '[[cy]]Annwyl ((Name))[[/cy]]\n\n[[en]]Dear ((name))[[/en]]' });
    expect(draftProblems(aDraft({ variants: [equal] }))).toEqual([]);
  });

  it('R-RT-5: lists the missing placeholder per variant, ignoring the address a letter takes from its recipient', () => {
    const variants = [
      anSms({ content: '((name)): ((ref)) on ((date)) at ((time))' }),
      aLetter({ subject: 'Appointment', content: 'Dear ((name)), ((date)).' }),
      anEmail(),
    ];
    expect(parityProblems(variants)).toEqual([
      { field: 'variants.letter.en', message: 'letter (en): missing ((ref))' },
      { field: 'variants.letter.en', message: 'letter (en): missing ((time))' },
      { field: 'variants.email.en', message: 'email (en): missing ((time))' },
    ]);
  });

  it('R-RT-3: refuses `read` as the success of any variant at save time, and accepts `delivered`', () => {
    const { problems } = readTemplateSetRequest({
      ...aDraft(),
      variants: [
        { ...anEmail(), success: 'read' },
        { ...anSms(), success: 'delivered' },
        { ...aLetter(), success: 'opened' },
      ],
    });
    expect(problems).toEqual([
      { field: 'variants.email.en.success', message: 'email (en): Herald never tracks email opens or clicks; `read` is only for a citizen inbox' },
      { field: 'variants.letter.en.success', message: 'letter (en): success can only be `delivered`' },
    ]);
  });

  it('names an unknown channel or language by the variant’s position', () => {
    const { draft, problems } = readTemplateSetRequest({
      ...aDraft(),
      variants: [anEmail(), { channel: 'fax', language: 'en', content: 'x' }, { channel: 'sms', language: 'fr' }],
    });
    expect(problems.map((p) => p.field)).toEqual(['variants.1.channel', 'variants.2.language']);
    expect(draft.variants).toHaveLength(1);
  });
});
