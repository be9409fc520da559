import { letterBlocks, qrCodesTooLong } from './letter-blocks';

describe('letter formatting', () => {
  it('makes `#` a heading and other heading levels paragraphs', () => {
    expect(letterBlocks('# Your claim\n\n## Details\n\nText')).toEqual([
      { kind: 'heading', text: 'Your claim' },
      { kind: 'paragraph', text: 'Details' },
      { kind: 'paragraph', text: 'Text' },
    ]);
  });

  it('renders bulleted and numbered lists', () => {
    expect(letterBlocks('* one\n* two\n\nThen:\n\n1. first\n2. second')).toEqual([
      { kind: 'list', ordered: false, items: ['one', 'two'] },
      { kind: 'paragraph', text: 'Then:' },
      { kind: 'list', ordered: true, items: ['first', 'second'] },
    ]);
  });

  it('turns --- into a page break', () => {
    expect(letterBlocks('Page one\n\n---\n\nPage two')).toEqual([
      { kind: 'paragraph', text: 'Page one' },
      { kind: 'page-break' },
      { kind: 'paragraph', text: 'Page two' },
    ]);
  });

  it('prints bare URLs without their protocol and links as text then address', () => {
    expect(letterBlocks('See https://www.gov.uk/tax and [the guide](https://www.gov.uk/guide)')).toEqual([
      { kind: 'paragraph', text: 'See www.gov.uk/tax and the guide: www.gov.uk/guide' },
    ]);
  });

  it('prints inset text as a plain paragraph', () => {
    expect(letterBlocks('^ Important')).toEqual([{ kind: 'paragraph', text: 'Important' }]);
  });

  it('keeps line breaks within a paragraph', () => {
    expect(letterBlocks('line one\nline two')).toEqual([{ kind: 'paragraph', text: 'line one\nline two' }]);
  });

  it('makes a `qr:` paragraph a QR code, keeping the protocol of its link', () => {
    expect(letterBlocks('qr: https://www.gov.uk/renew')).toEqual([{ kind: 'qr', data: 'https://www.gov.uk/renew' }]);
  });

  it('applies typography', () => {
    expect(letterBlocks('"Quoted" - text')).toEqual([{ kind: 'paragraph', text: '\u201cQuoted\u201d \u2013 text' }]);
  });

  it('prints every hyphen in the body as a non-breaking hyphen, but keeps QR data as it is', () => {
    expect(
      letterBlocks(
        '# Re-apply\n\nSend an e-bost - see https://www.gov.uk/check-state-pension\n\n* follow-up\n\nqr: https://www.gov.uk/track-passport-application',
      ),
    ).toEqual([
      { kind: 'heading', text: 'Re\u2011apply' },
      { kind: 'paragraph', text: 'Send an e\u2011bost \u2013 see www.gov.uk/check\u2011state\u2011pension' },
      { kind: 'list', ordered: false, items: ['follow\u2011up'] },
      { kind: 'qr', data: 'https://www.gov.uk/track-passport-application' },
    ]);
  });

  it('finds QR codes whose data is over 504 bytes', () => {
    const data = `https://example.com/${'a'.repeat(500)}`;
    expect(qrCodesTooLong(`qr: ${data}`)).toEqual([{ data, num_bytes: 520, max_bytes: 504 }]);
    expect(qrCodesTooLong('qr: https://example.com/short')).toEqual([]);
  });
});
