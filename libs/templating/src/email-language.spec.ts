import { EmailRenderer, EmailRenderInput } from './email-renderer';

const renderer = new EmailRenderer();

const BILINGUAL_BODY = [
  '[[cy]]',
  '# Helo ((name))',
  '',
  'Mae eich pasbort yn barod. Gweler https://www.gov.uk/pasbort',
  '[[/cy]]',
  '',
  '[[en]]',
  '# Hello ((name))',
  '',
  'Your passport is ready. See https://www.gov.uk/passport',
  '[[/en]]',
].join('\n');

function anEmail(overrides: Partial<EmailRenderInput> = {}): EmailRenderInput {
  return {
    subject: 'Your passport',
    content: 'Hello ((name))',
    personalisation: { name: 'Rhys' },
    serviceName: 'Passport Office',
    ...overrides,
  };
}

const langAttributes = (html: string, lang: string) => html.match(new RegExp(`<[a-z]+ lang="${lang}"`, 'g')) ?? [];
const bodyOf = (html: string) => html.slice(html.indexOf('<body'));

describe('email language (R-LF-2)', () => {
  it('R-LF-2: a Welsh variant has lang="cy" on its html root', () => {
    const { html } = renderer.render(anEmail({ language: 'cy', subject: 'Eich pasbort', content: 'Helo ((name)), mae eich pasbort yn barod.' }));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="cy">/);
  });

  it('R-LF-2: an English variant and an ordinary template keep lang="en"', () => {
    expect(renderer.render(anEmail({ language: 'en' })).html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(renderer.render(anEmail({ language: null })).html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(renderer.render(anEmail()).html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
  });

  it('R-LF-2: a bilingual email has exactly one lang="cy" block and one lang="en" block in its body, each rendered as markdown', () => {
    const { html } = renderer.render(anEmail({ language: 'bilingual', content: BILINGUAL_BODY }));
    const body = bodyOf(html);
    expect(langAttributes(body, 'cy')).toHaveLength(1);
    expect(langAttributes(body, 'en')).toHaveLength(1);
    expect(body).not.toContain('[[');
    const welsh = body.slice(body.indexOf('<div lang="cy">'), body.indexOf('<div lang="en">'));
    expect(welsh).toContain('>Helo Rhys</h2>');
    expect(welsh).toContain('Mae eich pasbort yn barod.');
    expect(welsh).not.toContain('Your passport');
    expect(body.slice(body.indexOf('<div lang="en">'))).toContain('>Hello Rhys</h2>');
  });

  it('R-LF-2: a bilingual email takes its html lang from its first block', () => {
    expect(renderer.render(anEmail({ language: 'bilingual', content: BILINGUAL_BODY })).html).toMatch(/<html lang="cy">/);
    const englishFirst = '[[en]]Hello[[/en]]\n\n[[cy]]Helo[[/cy]]';
    expect(renderer.render(anEmail({ language: 'bilingual', content: englishFirst })).html).toMatch(/<html lang="en">/);
  });

  it('R-LF-2: the plain-text part of a bilingual email keeps both texts without the markers', () => {
    const { text } = renderer.render(anEmail({ language: 'bilingual', content: BILINGUAL_BODY }));
    expect(text).not.toContain('[[');
    expect(text).toContain('Helo Rhys');
    expect(text).toContain('Hello Rhys');
    expect(text.indexOf('Helo Rhys')).toBeLessThan(text.indexOf('Hello Rhys'));
  });

  it('R-LF-2: markers in a bilingual subject are dropped', () => {
    const email = renderer.render(
      anEmail({ language: 'bilingual', subject: '[[cy]]Eich pasbort[[/cy]] / [[en]]Your passport[[/en]]', content: BILINGUAL_BODY }),
    );
    expect(email.subject).toBe('Eich pasbort / Your passport');
  });

  it('R-LF-2: a personalisation value cannot open or close a language block', () => {
    const { html } = renderer.render(anEmail({ language: 'bilingual', content: BILINGUAL_BODY, personalisation: { name: '[[/cy]][[en]]x' } }));
    expect(langAttributes(bodyOf(html), 'cy')).toHaveLength(1);
    expect(langAttributes(bodyOf(html), 'en')).toHaveLength(1);
  });

  it('R-LF-2: outside a bilingual variant, [[cy]] text is left as written', () => {
    const { html, text } = renderer.render(anEmail({ content: '[[cy]]Helo[[/cy]]' }));
    expect(html).toContain('[[cy]]Helo[[/cy]]');
    expect(text).toContain('[[cy]]Helo[[/cy]]');
    expect(langAttributes(bodyOf(html), 'cy')).toHaveLength(0);
  });

  it('R-LF-2: a bilingual email still ends with the unsubscribe link, outside both blocks', () => {
    const { html, text } = renderer.render(anEmail({ language: 'bilingual', content: BILINGUAL_BODY, unsubscribeUrl: 'https://example.com/u' }));
    expect(html.indexOf('href="https://example.com/u"')).toBeGreaterThan(html.lastIndexOf('</div>'));
    expect(text).toContain('Unsubscribe from these emails: https://example.com/u');
  });
});
