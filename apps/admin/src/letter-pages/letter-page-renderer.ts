import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { VIEWS_DIR } from '../bootstrap/view-engine';
import { LruCache } from './lru-cache';

/** A letter PDF's pages: how many, and the text on each (for the page images' alternative text). */
export interface LetterOutline {
  readonly pageCount: number;
  readonly texts: readonly string[];
}

/** What was given is not a PDF, or PDF.js could not read it. */
export class NotALetterPdfError extends Error {
  override readonly name = 'NotALetterPdfError';
}

type WorkerAnswer = { id: number; pageCount?: number; texts?: string[]; png?: Uint8Array; error?: { name: string; message: string } };

const WORKER_FILE = join(dirname(VIEWS_DIR), 'workers', 'letter-page.worker.mjs');
/** About 200 KB a page: 40 pages and 40 outlines stay in memory. */
const CACHED_PAGES = 40;

/**
 * Letter PDFs drawn as PNG page images, in one worker thread that is started at the first request
 * (PDF.js and the canvas are never loaded at import time: the admin starts fast and the CLI never
 * loads them). Pages and outlines are kept in a small LRU keyed by the PDF's SHA-256.
 */
@Injectable()
export class LetterPageRenderer implements OnModuleDestroy {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (answer: WorkerAnswer) => void; reject: (error: Error) => void }>();
  private readonly pages = new LruCache<string, Promise<Buffer | null>>(CACHED_PAGES);
  private readonly outlines = new LruCache<string, Promise<LetterOutline>>(CACHED_PAGES);

  outline(pdf: Buffer): Promise<LetterOutline> {
    return this.cached(this.outlines, hashOf(pdf), async () => {
      const answer = await this.ask(pdf, null);
      return { pageCount: answer.pageCount ?? 0, texts: answer.texts ?? [] };
    });
  }

  /** Page `page` (from 1) as a PNG; null when the letter has no such page. */
  page(pdf: Buffer, page: number): Promise<Buffer | null> {
    return this.cached(this.pages, `${hashOf(pdf)}/${page}`, async () => {
      const answer = await this.ask(pdf, page);
      return answer.png ? Buffer.from(answer.png.buffer, answer.png.byteOffset, answer.png.byteLength) : null;
    });
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  /** A failed render is not kept: the next request tries again. */
  private cached<V>(cache: LruCache<string, Promise<V>>, key: string, make: () => Promise<V>): Promise<V> {
    const found = cache.get(key);
    if (found) return found;
    const made = make();
    cache.set(key, made);
    made.catch(() => cache.delete(key));
    return made;
  }

  private async ask(pdf: Buffer, page: number | null): Promise<WorkerAnswer> {
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new NotALetterPdfError('The letter preview is not a PDF: it does not start with %PDF-');
    const id = this.nextId++;
    const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.started().postMessage({ id, pdf: new Uint8Array(pdf), page });
    });
    if (answer.error) {
      const reading = answer.error.name === 'InvalidPDFException' || answer.error.name === 'FormatError';
      throw reading ? new NotALetterPdfError(`The letter's PDF cannot be read: ${answer.error.message}`) : new Error(answer.error.message);
    }
    return answer;
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_FILE);
    // Idle, the worker does not keep the process alive.
    worker.unref();
    worker.on('message', (answer: WorkerAnswer) => {
      this.waiting.get(answer.id)?.resolve(answer);
      this.waiting.delete(answer.id);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const { reject } of this.waiting.values()) reject(error);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The letter page renderer stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
}

const hashOf = (pdf: Buffer): string => createHash('sha256').update(pdf).digest('hex');
