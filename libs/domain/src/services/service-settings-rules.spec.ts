import {
  brandingLogoPath,
  brandingLogoUrl,
  checkBrandColour,
  checkLetterContactBlock,
  checkLogo,
  checkOrganisationName,
  checkRetentionDays,
  checkServiceName,
} from './service-settings-rules';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]);

describe('service settings rules', () => {
  it('tidies a service name and refuses blank or symbol-only ones', () => {
    expect(checkServiceName('  Blue   Badges ')).toEqual({ ok: true, value: 'Blue Badges' });
    expect(checkServiceName(' ')).toEqual({ ok: false, message: 'Enter a service name' });
    expect(checkServiceName('!!!')).toMatchObject({ ok: false });
    expect(checkServiceName('x'.repeat(256))).toMatchObject({ ok: false });
  });

  it('tidies an organisation name, clears it when blank and refuses one over 255 characters', () => {
    expect(checkOrganisationName('  Department   for Work ')).toEqual({ ok: true, value: 'Department for Work' });
    expect(checkOrganisationName('   ')).toEqual({ ok: true, value: null });
    expect(checkOrganisationName('x'.repeat(255))).toMatchObject({ ok: true });
    expect(checkOrganisationName('x'.repeat(256))).toEqual({ ok: false, message: 'Organisation must be 255 characters or fewer' });
  });

  it('keeps 3 to 90 whole days', () => {
    expect(checkRetentionDays('3')).toEqual({ ok: true, value: 3 });
    expect(checkRetentionDays(90)).toEqual({ ok: true, value: 90 });
    expect(checkRetentionDays('2')).toMatchObject({ ok: false });
    expect(checkRetentionDays('91')).toMatchObject({ ok: false });
    expect(checkRetentionDays('7.5')).toMatchObject({ ok: false, message: 'Number of days must be a whole number' });
    expect(checkRetentionDays('')).toMatchObject({ ok: false, message: 'Enter a number of days' });
  });

  it('reads hex colours with or without #, short or long', () => {
    expect(checkBrandColour('#1D70B8')).toEqual({ ok: true, value: '#1d70b8' });
    expect(checkBrandColour('fff')).toEqual({ ok: true, value: '#ffffff' });
    expect(checkBrandColour('blue')).toMatchObject({ ok: false });
  });

  it('takes PNG and JPEG logos by their bytes, never SVG, and at most 2 MB', () => {
    expect(checkLogo(PNG)).toEqual({ ok: true, value: { mimeType: 'image/png', extension: 'png' } });
    expect(checkLogo(JPEG)).toEqual({ ok: true, value: { mimeType: 'image/jpeg', extension: 'jpg' } });
    expect(checkLogo(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toMatchObject({ ok: false, message: 'The logo must be a PNG or JPEG image' });
    expect(checkLogo(Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]))).toMatchObject({ ok: false, message: 'The logo must be smaller than 2MB' });
    expect(checkLogo(Buffer.alloc(0))).toMatchObject({ ok: false });
  });

  it('keeps a contact block to 10 lines', () => {
    expect(checkLetterContactBlock('A\r\nB\n')).toEqual({ ok: true, value: 'A\nB' });
    expect(checkLetterContactBlock(Array.from({ length: 11 }, (_, i) => `line ${i}`).join('\n'))).toMatchObject({ ok: false });
  });

  it('names the logo URL by its id and type', () => {
    expect(brandingLogoPath('abc', 'image/jpeg')).toBe('/branding/abc.jpg');
  });

  it('gives a logo its public address at the API, and a branding without one no address', () => {
    const logo = { id: 'abc', mimeType: 'image/png' };
    expect(brandingLogoUrl({ logo }, 'https://api.example.gov')).toBe('https://api.example.gov/branding/abc.png');
    expect(brandingLogoUrl({ logo: null }, 'https://api.example.gov')).toBeNull();
  });
});
