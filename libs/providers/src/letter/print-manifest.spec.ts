import { parsePrintResponse, printManifestCsv } from './print-manifest';

const id = '5d6c1a2e-1a2b-4c3d-8e9f-0a1b2c3d4e5f';

describe('print files', () => {
  it('writes a manifest row per letter', () => {
    expect(printManifestCsv([{ notificationId: id, reference: 'ABCDEFGHIJKLMNOP', postage: 'second', pageCount: 2, pdf: Buffer.alloc(0) }])).toBe(
      `notification_id,reference,postage,page_count,file\n${id},ABCDEFGHIJKLMNOP,second,2,${id}.pdf\n`,
    );
  });

  it('reads posted and returned letters from a response file, skipping anything else', () => {
    const csv = `notification_id,status\r\n${id},posted\r\n${id.toUpperCase()},RETURNED\nnot-an-id,posted\n${id},lost\n\n`;
    expect(parsePrintResponse(csv)).toEqual([
      { notificationId: id, status: 'delivered' },
      { notificationId: id, status: 'returned-letter' },
    ]);
  });
});
