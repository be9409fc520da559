import { performance } from 'node:perf_hooks';
import { LetterContent, LetterPdfRenderer } from '@herald/templating';

export interface LetterRenderFigures {
  readonly letters: number;
  readonly seconds: number;
  readonly pdfsPerSecond: number;
  readonly averagePages: number;
  readonly averageBytes: number;
}

const PARAGRAPH =
  'We have received your application and the documents you sent with it. We will check them against the records we hold, ' +
  'and write to you again if we need anything else. You do not need to contact us in the meantime.';

/** A realistic letter: a contact block, a heading, lists, a QR code and a body of one to three pages. */
function aLetter(i: number): LetterContent {
  const paragraphs = Array.from({ length: 4 + (i % 3) * 8 }, (_, n) => `${n + 1}. ${PARAGRAPH}`).join('\n\n');
  return {
    addressLines: [`Applicant ${i}`, `${i} High Street`, 'Leeds', 'LS1 1AA'],
    contactBlock: 'Passport Office\nPO Box 1234\nDurham\nDH98 1BA\n0300 222 0000',
    date: new Date(Date.UTC(2026, 0, 12, 10)),
    heading: `Your passport application, reference ${100000 + i}`,
    body: `Dear Applicant ${i},\n\n# What happens next\n\n* we check your documents\n* we send your passport\n\n${paragraphs}\n\nSee https://www.gov.uk/passport for more.\n\nqr: https://www.gov.uk/track-passport-application?ref=${100000 + i}`,
  };
}

/** Renders `count` letter PDFs one after another (one core) and reports throughput and sizes. */
export async function measureLetterRender(count = 1000): Promise<LetterRenderFigures> {
  const renderer = new LetterPdfRenderer();
  await renderer.render(aLetter(0)); // warm-up: fonts and layout loaded once
  let pages = 0;
  let bytes = 0;
  const started = performance.now();
  for (let i = 0; i < count; i += 1) {
    const letter = await renderer.render(aLetter(i));
    pages += letter.pageCount;
    bytes += letter.pdf.length;
  }
  const seconds = (performance.now() - started) / 1000;
  return { letters: count, seconds, pdfsPerSecond: count / seconds, averagePages: pages / count, averageBytes: Math.round(bytes / count) };
}
