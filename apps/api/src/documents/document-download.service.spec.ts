import { contentDisposition, formatSize } from './document-download.service';

describe('download response details', () => {
  it('gives an ASCII filename and the exact one in RFC 5987 form', () => {
    expect(contentDisposition('report.pdf')).toBe('attachment; filename="report.pdf"; filename*=UTF-8\'\'report.pdf');
    expect(contentDisposition('Ffurflen “Cais”.pdf')).toBe(
      'attachment; filename="Ffurflen _Cais_.pdf"; filename*=UTF-8\'\'Ffurflen%20%E2%80%9CCais%E2%80%9D.pdf',
    );
    expect(contentDisposition('a"b\\c.txt')).toBe('attachment; filename="a_b_c.txt"; filename*=UTF-8\'\'a%22b%5Cc.txt');
  });

  it('writes sizes as people read them', () => {
    expect(formatSize(512)).toBe('512 bytes');
    expect(formatSize(20_480)).toBe('20 KB');
    expect(formatSize(2 * 1024 * 1024)).toBe('2.0 MB');
  });
});
