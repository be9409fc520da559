import type { PublishedVariant, RecipientPreferences } from '@herald/domain';
import { PlanInput, planRoute } from './route-planner';
import { chooseVariant } from './variant-choice';

const variant = (channel: PublishedVariant['channel'], language: PublishedVariant['language']): PublishedVariant => ({
  channel,
  language,
  subject: channel === 'sms' ? null : 'Hello',
  content: 'Hello ((name))',
  welshSubject: null,
  welshContent: null,
  templateId: `${channel}-${language}`,
  templateVersion: 1,
});

const person = (global: Partial<NonNullable<RecipientPreferences['global']>> = {}, service: RecipientPreferences['service'] = null): RecipientPreferences => ({
  recipientKey: 'k',
  global: { channels: {}, paperOnly: false, language: null, formatNeeds: [], ...global },
  service,
  source: 'citizen',
  updatedAt: null,
});

const input = (overrides: Partial<PlanInput> = {}): PlanInput => ({
  method: 'first_success',
  channels: ['email', 'sms', 'letter'],
  kind: 'service',
  variants: [variant('email', 'en'), variant('sms', 'en'), variant('letter', 'en')],
  recipient: { emailAddress: 'jo@example.com', phoneNumber: '07700900456', address: { address_line_1: 'Jo' } },
  people: [],
  servicePermissions: ['email', 'sms', 'letter'],
  language: null,
  ...overrides,
});

const decisions = (plan: ReturnType<typeof planRoute>) => plan.steps.map((s) => `${s.channel}:${s.decision}:${s.reason}:${s.decidedBy}`);

describe('planRoute', () => {
  it('plans every channel in the order asked, by the service default when the person chose nothing', () => {
    expect(decisions(planRoute(input()))).toEqual([
      'email:pending:permitted:service_default',
      'sms:pending:permitted:service_default',
      'letter:pending:permitted:service_default',
    ]);
  });

  it('R-PR-2: paper only puts the letter first and skips the digital channels', () => {
    const plan = planRoute(input({ channels: ['email', 'letter'], people: [person({ paperOnly: true })] }));
    expect(decisions(plan)).toEqual(['letter:pending:paper_only_first:citizen_global', 'email:skipped:recipient_paper_only:citizen_global']);
    expect(plan.outcome).toBe('route');
  });

  it('R-PR-2: paper only without an address fails, whatever the kind', () => {
    const plan = planRoute(
      input({
        kind: 'statutory',
        channels: ['email'],
        recipient: { emailAddress: 'jo@example.com', phoneNumber: null, address: null },
        people: [person({ paperOnly: true })],
      }),
    );
    expect(plan.outcome).toBe('failed');
    expect(decisions(plan)).toEqual(['email:skipped:recipient_paper_only:citizen_global']);
  });

  it('R-PR-3: a statutory message cannot be muted, but still follows the channel choice', () => {
    const muted = person({ channels: { email: false } }, { channels: {}, mutedKinds: ['service', 'optional'] });
    expect(planRoute(input({ kind: 'service', people: [muted] })).outcome).toBe('cancelled');
    const statutory = planRoute(input({ kind: 'statutory', people: [muted] }));
    expect(statutory.outcome).toBe('route');
    expect(decisions(statutory)[0]).toBe('email:skipped:recipient_channel_off:citizen_global');
  });

  it('R-RT-6: a channel the service may not use is skipped with its reason', () => {
    expect(decisions(planRoute(input({ servicePermissions: ['email', 'sms'] })))[2]).toBe('letter:skipped:service_not_allowed_channel:service_default');
  });

  it('fails at once when no channel is left', () => {
    expect(planRoute(input({ channels: ['email'], people: [person({ channels: { email: false } })] })).outcome).toBe('failed');
  });

  it('R-LF-4, R-LF-5: large print is rendered; braille, audio and easy read go to the alternative-format queue', () => {
    expect(planRoute(input({ people: [person({ formatNeeds: ['large_print'] })] })).letterFormat).toBe('large_print');
    const braille = planRoute(input({ people: [person({ formatNeeds: ['large_print', 'braille'] })] }));
    expect(braille.letterFormat).toBe('braille');
    expect(decisions(braille)[2]).toBe('letter:pending:format_needs_alternative:service_default');
  });
});

describe('chooseVariant', () => {
  const variants = [variant('letter', 'en'), variant('letter', 'bilingual'), variant('email', 'en'), variant('email', 'cy')];

  it('gives the person’s language, else the bilingual one, else English', () => {
    expect(chooseVariant(variants, 'email', 'cy')?.language).toBe('cy');
    expect(chooseVariant(variants, 'letter', 'cy')?.language).toBe('bilingual');
    expect(chooseVariant(variants, 'letter', null)?.language).toBe('bilingual');
    expect(chooseVariant(variants, 'email', null)?.language).toBe('en');
    expect(chooseVariant(variants, 'sms', 'cy')).toBeNull();
  });
});
