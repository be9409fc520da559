import { letterPlainText } from './letter-plain-text';
import { renderLetterText } from './letter-text';

const template = {
  subject: 'Your ((thing))',
  content: 'Dear ((name)),\n\n* bring your e-mail\n* bring your form\n\nqr: https://www.gov.uk/renew',
  language: 'bilingual',
  welshSubject: 'Eich ((thing))',
  welshContent: 'Annwyl ((name)),\n\nDewch â’ch ffurflen.',
};

describe('a letter as plain text', () => {
  it('fills the English and Welsh text of a bilingual template', () => {
    expect(renderLetterText(template, { name: 'Rhys', thing: 'pasbort' })).toEqual({
      heading: 'Your pasbort',
      body: 'Dear Rhys,\n\n* bring your e-mail\n* bring your form\n\nqr: https://www.gov.uk/renew',
      welsh: { subject: 'Eich pasbort', content: 'Annwyl Rhys,\n\nDewch â’ch ffurflen.' },
    });
    expect(renderLetterText({ ...template, language: 'en' }, { name: 'Rhys', thing: 'x' }).welsh).toBeNull();
  });

  it('gives the heading and body of each part, Welsh first, with plain hyphens and the QR link', () => {
    const text = letterPlainText({
      addressLines: ['Rhys', 'CF10 1AA'],
      contactBlock: null,
      date: new Date('2026-12-04T10:00:00Z'),
      ...renderLetterText(template, { name: 'Rhys', thing: 'pasbort' }),
    });
    expect(text).toBe(
      [
        'Eich pasbort',
        'Annwyl Rhys,',
        'Dewch â’ch ffurflen.\n',
        'Your pasbort',
        'Dear Rhys,',
        '• bring your e-mail\n• bring your form',
        'https://www.gov.uk/renew',
      ].join('\n\n'),
    );
    expect(text).not.toContain('CF10');
  });
});
