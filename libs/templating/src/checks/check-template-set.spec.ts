import { DEFAULT_CHECK_RULES } from '@herald/domain';
import type { CheckableVariant } from './checkable-template';
import { checkTemplate } from './check-template';
import { checkTemplateSet } from './check-template-set';

const NOW = new Date('2026-01-12T10:00:00Z');
const aVariant = (channel: CheckableVariant['channel'], content: string, overrides: Partial<CheckableVariant> = {}): CheckableVariant => ({
  channel,
  templateType: channel,
  subject: channel === 'sms' ? null : 'Your licence',
  content,
  language: 'en',
  welshSubject: null,
  welshContent: null,
  ...overrides,
});

describe('checkTemplateSet', () => {
  it('R-CK-7: reports each variant missing a placeholder that another variant uses, once per placeholder', async () => {
    const report = await checkTemplateSet(
      [
        aVariant('email', 'Dear ((name)), your reference is ((ref)).'),
        aVariant('sms', 'Your reference is ((REF)).'),
        aVariant('letter', 'Dear ((name)),\n\nWe got your claim.\n\n((address line 1)) ((postcode))'),
      ],
      DEFAULT_CHECK_RULES,
      { now: NOW },
    );
    const parity = report.findings.filter((finding) => finding.rule === 'parity');
    expect(parity.map((finding) => [finding.variant, finding.text, finding.severity])).toEqual([
      ['sms:en', '((name))', 'error'],
      ['letter:en', '((ref))', 'error'],
    ]);
    expect(parity[1].message).toBe('letter:en does not use ((ref)), which email:en, sms:en use: every variant must work with the same personalisation');
    expect(report.blocksPublish).toBe(true);
  });

  it('R-CK-7: the set reports the longest letter rendering, large print included', async () => {
    const long = Array.from({ length: 40 }, (_, index) => `We will write to you again about your claim. This is paragraph ${index + 1}.`).join('\n\n');
    const variants = [aVariant('letter', 'Dear ((name)),\n\nWe got it.'), aVariant('letter', `Dear ((name)),\n\n${long}`, { language: 'cy' })];
    const report = await checkTemplateSet(variants, DEFAULT_CHECK_RULES, { now: NOW });
    const longer = await checkTemplate(variants[1], DEFAULT_CHECK_RULES, { now: NOW });
    expect(longer.letterPages!.standard).toBeGreaterThan(1);
    expect(longer.letterPages!.large_print).toBeGreaterThan(longer.letterPages!.standard);
    expect(report.letterPages).toEqual(longer.letterPages);
  });

  it("tags each variant's findings with the variant and keeps the variants' order", async () => {
    const report = await checkTemplateSet(
      [aVariant('sms', 'Your form was received.', { language: 'bilingual' }), aVariant('email', 'We will facilitate it.')],
      DEFAULT_CHECK_RULES,
      { now: NOW },
    );
    expect(report.findings.map((finding) => [finding.variant, finding.rule])).toEqual([
      ['sms:bilingual', 'passive-voice'],
      ['email:en', 'words-to-avoid'],
    ]);
    expect(report.letterPages).toBeNull();
    expect(report.checkedAt).toBe(NOW.toISOString());
  });

  it('shows the readability of the hardest variant, and every language not scored', async () => {
    const report = await checkTemplateSet(
      [
        aVariant('email', 'We got your form today. We will send you a letter.'),
        aVariant('letter', 'Consideration of applications necessitates documentation.'),
        aVariant('email', 'Rydym wedi cael eich ffurflen heddiw.', { language: 'cy' }),
      ],
      DEFAULT_CHECK_RULES,
      { now: NOW },
    );
    expect(report.readability!.readingAge).toBeGreaterThan(20);
    expect(report.readability!.notScored).toEqual(['cy']);
  });

  it('reports no parity finding when the rule is off or every variant agrees', async () => {
    const variants = [aVariant('email', 'Hello ((name)).'), aVariant('sms', 'Hi ((Name)).')];
    expect((await checkTemplateSet(variants, DEFAULT_CHECK_RULES)).findings).toEqual([]);
    const differing = [aVariant('email', 'Hello ((name)).'), aVariant('sms', 'Hi.')];
    expect((await checkTemplateSet(differing, { ...DEFAULT_CHECK_RULES, parity: 'off' })).findings).toEqual([]);
  });
});
