import { LetterPdfRenderer } from '@herald/templating';

/** A letter in Herald's own layout, as the letter channel prints it, long enough for `paragraphs` to run onto more pages. */
export async function aLetterPdf(paragraphs: number): Promise<{ pdf: Buffer; pageCount: number }> {
  const body = Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i + 1}: your appointment is confirmed, bring this letter with you.`).join('\n\n');
  return new LetterPdfRenderer().render({
    addressLines: ['Jo Bloggs', '1 High Street', 'SW1A 1AA'],
    contactBlock: 'Passport Office\n0300 123 4567',
    date: new Date('2026-12-05T10:00:00Z'),
    heading: 'Your appointment',
    body: `# First things\n\nBring your passport.\n\n${body}`,
  });
}
