import { EmailRenderer } from './email-renderer';
import { readableTextColour } from './email-branding';

const renderer = new EmailRenderer();
const anEmail = { subject: 'Hi', content: 'Hello', personalisation: {}, serviceName: 'Passport Office' };

describe('email branding', () => {
  it('keeps the plain header without branding', () => {
    const { html } = renderer.render(anEmail);
    expect(html).toContain('>Passport Office</td>');
    expect(html).not.toContain('data-branding');
  });

  it('shows the banner colour, the logo and the banner text', () => {
    const { html } = renderer.render({ ...anEmail, branding: { colour: '#00703C', bannerText: 'Passports', logoUrl: 'https://api.example/branding/abc.png' } });
    expect(html).toContain('bgcolor="#00703c"');
    expect(html).toContain('<img src="https://api.example/branding/abc.png" alt=""');
    expect(html).toContain('>Passports</td>');
  });

  it('falls back to the service name and a dark banner when only a logo is set', () => {
    const { html } = renderer.render({ ...anEmail, branding: { colour: null, bannerText: null, logoUrl: 'https://api.example/branding/abc.jpg' } });
    expect(html).toContain('bgcolor="#0b0c0c"');
    expect(html).toContain('>Passport Office</td>');
  });

  it('ignores a colour that is not a hex code and a logo URL that is not http(s)', () => {
    const { html } = renderer.render({ ...anEmail, branding: { colour: 'red;x:y', bannerText: 'B', logoUrl: 'javascript:alert(1)' } });
    expect(html).not.toContain('red;x:y');
    expect(html).not.toContain('javascript:');
  });

  it('escapes the banner text', () => {
    expect(renderer.render({ ...anEmail, branding: { colour: '#ffffff', bannerText: '<b>x</b>', logoUrl: null } }).html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  it('writes white on dark colours and black on light ones', () => {
    expect(readableTextColour('#1d70b8')).toBe('#ffffff');
    expect(readableTextColour('#ffdd00')).toBe('#0b0c0c');
  });
});
