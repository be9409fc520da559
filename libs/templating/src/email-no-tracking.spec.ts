import { EmailRenderer } from './email-renderer';

const renderer = new EmailRenderer();

const LOGO = 'https://api.herald.example/branding/logo.png';
const LINKS = ['https://www.gov.uk/renew-passport', 'https://www.gov.uk/contact?ref=abc&x=1', 'http://example.com/path', 'https://example.org/unsubscribe'];

const attributeValues = (html: string, tag: string, attribute: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${attribute}="([^"]*)"`, 'gi'))].map((m) => m[1].replaceAll('&amp;', '&'));

describe('email rendering without tracking (R-RT-3)', () => {
  const { html } = renderer.render({
    subject: 'Renew your passport',
    content: ['# Renew', '', `[Renew online](${LINKS[0]}) or [contact us](${LINKS[1]}).`, '', `Bare link: ${LINKS[2]}`, '', '* a list with ((name))'].join(
      '\n',
    ),
    personalisation: { name: 'Ada' },
    serviceName: 'Passport Office',
    unsubscribeUrl: LINKS[3],
    branding: { colour: '#1d70b8', bannerText: 'Passport Office', logoUrl: LOGO },
    language: 'en',
  });

  it('R-RT-3: the only image in a rendered email is the service branding logo (no tracking pixel)', () => {
    expect(attributeValues(html, 'img', 'src')).toEqual([LOGO]);
    expect(html.match(/<img\b/gi)).toHaveLength(1);
    expect(html).not.toMatch(/background(-image)?\s*[:=]\s*["']?url\(/i);
  });

  it('R-RT-3: every link in a rendered email points at the URL the template wrote (no redirect wrapping)', () => {
    expect(attributeValues(html, 'a', 'href')).toEqual(LINKS);
  });
});
