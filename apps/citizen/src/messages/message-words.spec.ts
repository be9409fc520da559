import { contentNoteOf, paragraphsOf, senderOf, statusTagOf } from './message-words';

describe('a message in words', () => {
  it('R-TR-2: says when the text of a message was deleted, in the words the API gives', () => {
    expect(contentNoteOf({ content: null, content_note: 'deleted after 7 days' })).toBe('The text of this message was deleted after 7 days.');
    expect(contentNoteOf({ content: { subject: null, body: 'Hello' }, content_note: null })).toBeNull();
  });

  it('R-TR-1: gives the status in words, with the channel that delivered it', () => {
    expect(statusTagOf({ status: 'delivered', delivered_via: 'sms' }).text).toBe('Delivered by text message');
    expect(statusTagOf({ status: 'failed', delivered_via: null }).text).toBe('Not delivered');
    expect(statusTagOf({ status: 'routing', delivered_via: null }).text).toBe('Being sent');
  });

  it('R-TR-1: names the organisation and its service, once when they are the same', () => {
    expect(senderOf({ organisation: 'Riverside Council', service: 'Council tax' })).toBe('Riverside Council, Council tax');
    expect(senderOf({ organisation: null, service: 'Council tax' })).toBe('Council tax');
    expect(senderOf({ organisation: 'Council tax', service: 'Council tax' })).toBe('Council tax');
  });

  it('keeps the shape of the text: paragraphs at blank lines, lines within them', () => {
    expect(paragraphsOf('Dear Alex,\r\n\r\nPay by 1 April.\nThank you.\n\n\n')).toEqual([['Dear Alex,'], ['Pay by 1 April.', 'Thank you.']]);
  });
});
