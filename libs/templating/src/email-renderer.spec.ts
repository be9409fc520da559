import { join } from 'node:path';
import { EmailRenderer, EmailRenderInput } from './email-renderer';
import { findEmailTemplatesDir } from './templates-dir';

// One renderer for the file: its layouts are read and compiled once, as in the application.
const renderer = new EmailRenderer();

function anEmail(overrides: Partial<EmailRenderInput> = {}): EmailRenderInput {
  return {
    subject: 'Your ((thing)) is ready',
    content: '# Hello ((name))\n\nYour ((thing)) is ready.',
    personalisation: { name: 'Ada', thing: 'passport' },
    serviceName: 'Passport Office',
    ...overrides,
  };
}

describe('EmailRenderer', () => {
  it('returns the filled subject and the raw filled body', () => {
    const email = renderer.render(anEmail());
    expect(email.subject).toBe('Your passport is ready');
    expect(email.body).toBe('# Hello Ada\n\nYour passport is ready.');
  });

  it('renders a full HTML document around the body', () => {
    const { html } = renderer.render(anEmail());
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('>Hello Ada</h2>');
    expect(html).toContain('>Your passport is ready.</p>');
    expect(html.trimEnd()).toMatch(/<\/html>$/);
  });

  it('puts the subject in the title and the service name in the header', () => {
    const { html } = renderer.render(anEmail());
    expect(html).toContain('<title>Your passport is ready</title>');
    expect(html).toContain('>Passport Office</td>');
  });

  it('escapes HTML in the subject', () => {
    const email = renderer.render(anEmail({ subject: '((name))', personalisation: { name: '<script>x</script>', thing: 't' } }));
    expect(email.html).toContain('<title>&lt;script&gt;x&lt;/script&gt;</title>');
  });

  it('escapes HTML in the service name', () => {
    expect(renderer.render(anEmail({ serviceName: 'Tax & <Co>' })).html).toContain('>Tax &amp; &lt;Co&gt;</td>');
  });

  it('escapes HTML in personalisation inserted into the body', () => {
    const { html } = renderer.render(anEmail({ personalisation: { name: '<script>alert(1)</script>', thing: 'x' } }));
    expect(html).toContain('Hello &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('renders the plain-text part from the layout', () => {
    const { text } = renderer.render(anEmail());
    expect(text).toBe(`Hello Ada\n${'='.repeat(65)}\n\nYour passport is ready.\n`);
  });

  it('adds an unsubscribe link after a rule when given an unsubscribe URL', () => {
    const email = renderer.render(anEmail({ unsubscribeUrl: 'https://example.com/unsubscribe?id=1&t=2' }));
    expect(email.html).toContain('<hr ');
    expect(email.html).toContain('href="https://example.com/unsubscribe?id=1&amp;t=2">Unsubscribe from these emails</a>');
    expect(email.text).toContain('Unsubscribe from these emails: https://example.com/unsubscribe?id=1&t=2');
  });

  it('leaves the unsubscribe link out of the API body', () => {
    const email = renderer.render(anEmail({ unsubscribeUrl: 'https://example.com/unsubscribe' }));
    expect(email.body).toBe('# Hello Ada\n\nYour passport is ready.');
  });

  it('adds no unsubscribe link without a URL', () => {
    const email = renderer.render(anEmail({ unsubscribeUrl: null }));
    expect(email.html).not.toContain('Unsubscribe');
    expect(email.text).not.toContain('Unsubscribe');
  });

  it('includes a hidden preheader taken from the body', () => {
    const { html } = renderer.render(anEmail());
    expect(html).toMatch(/<span style="display: none;[^"]*">Hello Ada Your passport is ready\.<\/span>/);
  });

  it('finds the layouts from the repository root', () => {
    expect(findEmailTemplatesDir(__dirname)).toBe(join(__dirname, '..', '..', '..', 'templates', 'email'));
  });
});
