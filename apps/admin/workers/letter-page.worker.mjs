// Renders letter PDFs to PNG page images with PDF.js and @napi-rs/canvas, in a worker thread so
// that the admin's requests are not held up while a page is drawn. Plain JavaScript (ESM): PDF.js is
// an ES module, and a worker thread runs this file as Node finds it, in the tests as in production.
// Started by apps/admin/src/letter-pages/letter-page-renderer.ts; messages in, one answer per message:
//   { id, pdf: Uint8Array, page: null }   -> { id, pageCount, texts } (each page's text, for alt text)
//   { id, pdf: Uint8Array, page: n }      -> { id, pageCount, png: Uint8Array } (n from 1; no png when out of range)
//   any failure                           -> { id, error: { name, message } }
import { parentPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const STANDARD_FONTS = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';
/** 2 image pixels a PDF point (144 dpi): sharp on a high-density screen, about 1,190 by 1,684 for A4. */
const SCALE = 2;

async function answer({ id, pdf, page }) {
  const task = pdfjs.getDocument({ data: pdf, standardFontDataUrl: STANDARD_FONTS, isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
  try {
    const document = await task.promise;
    const pageCount = document.numPages;
    if (page === null) return { id, pageCount, texts: await pageTexts(document) };
    if (page < 1 || page > pageCount) return { id, pageCount };
    const pdfPage = await document.getPage(page);
    const viewport = pdfPage.getViewport({ scale: SCALE });
    const { canvas, context } = document.canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    // A printed page is white; a canvas starts transparent.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await pdfPage.render({ canvas, canvasContext: context, viewport }).promise;
    const png = await canvas.encode('png');
    return { id, pageCount, png };
  } finally {
    await task.destroy();
  }
}

async function pageTexts(document) {
  const texts = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    texts.push(
      content.items
        .map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : ' '))
        .join('')
        .replace(/[ \t]+/g, ' ')
        .replace(/ ?\n ?/g, '\n')
        .trim(),
    );
  }
  return texts;
}

parentPort.on('message', (request) => {
  answer(request).then(
    (reply) => parentPort.postMessage(reply, reply.png ? [reply.png.buffer] : []),
    (error) => parentPort.postMessage({ id: request.id, error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) } }),
  );
});
