import { placeholdersIn, renderSms } from '@herald/templating';
import { alertText, type AlertFacts } from './alert-wording';

const facts = (overrides: Partial<AlertFacts> = {}): AlertFacts => ({
  serviceName: 'Benefits office',
  signInUrl: 'https://citizen.herald.example/messages',
  smsPrefix: null,
  ...overrides,
});

const fragments = (content: string, language: 'en' | 'cy' | 'bilingual', prefix: string | null = null) =>
  renderSms(content, {}, { prefix, language }).fragmentCount;

describe('a sensitive set’s alert wording', () => {
  it('R-TR-7: an email says who it is from, that a message waits, and where to sign in', () => {
    const alert = alertText('email', 'en', facts());
    expect(alert.subject).toBe('You have a new message from Benefits office');
    expect(alert.content).toContain('Benefits office has sent you a message. It is waiting for you to read.');
    expect(alert.content).toContain('Sign in to read it: https://citizen.herald.example/messages');
  });

  it('R-TR-7: a Welsh email is in Welsh, and a bilingual one has both, Welsh first', () => {
    const welsh = alertText('email', 'cy', facts());
    expect(welsh.subject).toBe('Mae gennych neges newydd gan Benefits office');
    expect(welsh.content).toContain("Mewngofnodwch i'w darllen: https://citizen.herald.example/messages");
    const both = alertText('email', 'bilingual', facts());
    expect(both.subject).toBe('Mae gennych neges newydd gan Benefits office / You have a new message from Benefits office');
    expect(both.content).toMatch(/^\[\[cy\]\]Mae Benefits office[\s\S]*\[\[\/cy\]\]\n\n\[\[en\]\]Benefits office has sent you[\s\S]*\[\[\/en\]\]$/);
  });

  it.each(['en', 'cy', 'bilingual'] as const)('R-TR-7: an alert in %s has no placeholder, whatever the service is called', (language) => {
    for (const channel of ['email', 'sms'] as const) {
      const alert = alertText(channel, language, facts({ serviceName: 'Office ((ref)) (((name))) [[cy]]x[[/cy]]' }));
      expect(placeholdersIn(alert.subject ?? '', alert.content)).toEqual([]);
      expect(alert.content).toContain('Office (ref) (name) [cy]x[/cy]');
    }
  });

  it.each(['en', 'cy'] as const)('a text in %s is one fragment, with the service’s prefix', (language) => {
    const alert = alertText('sms', language, facts({ smsPrefix: 'Benefits office' }));
    expect(alert.subject).toBeNull();
    expect(alert.content).toContain('https://citizen.herald.example/messages');
    expect(fragments(alert.content, language, 'Benefits office')).toBe(1);
  });

  it('a text takes a shorter wording when the longest would need a second fragment', () => {
    const long = facts({ serviceName: 'Department for Work and Pensions, Wales', smsPrefix: 'Department for Work and Pensions, Wales' });
    const alert = alertText('sms', 'en', long);
    expect(alert.content).toBe('New message from Department for Work and Pensions, Wales. Sign in to read it: https://citizen.herald.example/messages');
    expect(fragments(alert.content, 'en', long.smsPrefix)).toBe(1);
  });

  it('a bilingual text names the sign-in page and both languages', () => {
    const alert = alertText('sms', 'bilingual', facts({ serviceName: 'DVLA', signInUrl: 'https://gov.example/messages' }));
    expect(alert.content).toContain('[[cy]]');
    expect(alert.content).toContain('[[en]]');
    expect(alert.content).toContain('https://gov.example/messages');
    expect(fragments(alert.content, 'bilingual')).toBe(1);
  });
});
