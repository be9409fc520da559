import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { MAX_JOB_ROWS, UploadedRow } from '@herald/domain';
import { UploadRepository } from '@herald/persistence';
import type { UploadProblem, UploadResult } from '@herald/contracts';
import { DailyLimits, RowChecker, RowSource, SendingContext, SendingContexts } from '@herald/sending';
import { NotifyError } from '../../errors/notify-error';
import type { SignedInUser } from '../auth/signed-in-user';
import { SendableTemplates } from '../send/sendable-templates.service';
import { formatOf, spreadsheetRows } from './spreadsheet-rows';

const CHUNK_ROWS = 1000;
const PROBLEMS_SHOWN = 50;
const TRIAL_LETTERS: UploadProblem = { row: null, column: 'file', message: 'Cannot send letters when service is in trial mode', code: 'letters-not-allowed' };

interface ReadOutcome {
  rowCount: number;
  problems: UploadProblem[];
  problemCount: number;
}

/**
 * Checks an uploaded CSV or XLSX file row by row as it streams in, storing the rows encrypted in
 * chunks while no problem has been found. A file with any problem is discarded and reported;
 * a good one waits, stored, for the team member to send it.
 */
@Injectable()
export class BulkUploadService {
  constructor(
    private readonly sendable: SendableTemplates,
    private readonly uploads: UploadRepository,
    private readonly limits: DailyLimits,
    private readonly contexts: SendingContexts,
  ) {}

  async upload(user: SignedInUser, serviceId: string, templateId: string, fileName: string, body: unknown): Promise<UploadResult> {
    const { service, template } = await this.sendable.find(serviceId, templateId);
    const from: RowSource = { source: 'bulk', service, template, key: { keyType: 'normal', apiKeyId: null, createdById: user.id } };
    const name = (fileName || 'upload.csv').slice(0, 255);
    const uploadId = await this.uploads.begin({ serviceId, templateId, templateVersion: from.template.version, fileName: name, createdById: user.id });
    let outcome: ReadOutcome;
    try {
      outcome =
        from.template.type === 'letter' && from.service.restricted
          ? { rowCount: 0, problems: [TRIAL_LETTERS], problemCount: 1 }
          : await this.read(from, await this.contexts.forBulkSend(service, template, from.key), uploadId, toStream(body), formatOf(name));
      if (outcome.problemCount === 0) outcome = await this.checkLimits(from, outcome);
    } catch (error) {
      await this.uploads.discard(serviceId, uploadId);
      throw error;
    }
    if (outcome.problemCount > 0) {
      await this.uploads.discard(serviceId, uploadId);
      return { ok: false, rowCount: outcome.rowCount, problems: outcome.problems, problemCount: outcome.problemCount };
    }
    await this.uploads.complete(serviceId, uploadId, outcome.rowCount);
    return { ok: true, uploadId, rowCount: outcome.rowCount };
  }

  private async read(from: RowSource, context: SendingContext, uploadId: string, input: Readable, format: 'csv' | 'xlsx'): Promise<ReadOutcome> {
    const outcome: ReadOutcome = { rowCount: 0, problems: [], problemCount: 0 };
    const report = (problems: readonly UploadProblem[]): void => {
      outcome.problemCount += problems.length;
      outcome.problems.push(...problems.slice(0, PROBLEMS_SHOWN - outcome.problems.length));
    };
    let chunk: UploadedRow[] = [];
    let chunkIndex = 0;
    let checker: RowChecker | undefined;
    try {
      for await (const row of spreadsheetRows(input, format)) {
        if (!checker) {
          const header = RowChecker.forHeader(row, from, context);
          if (Array.isArray(header)) return { ...outcome, problems: header, problemCount: header.length };
          checker = header;
          continue;
        }
        const checked = checker.check(row);
        if (checked.kind === 'empty') continue;
        outcome.rowCount += 1;
        if (outcome.rowCount > MAX_JOB_ROWS) continue; // counted, so the report can say how many there are
        if (checked.kind === 'bad') report(checked.problems);
        else if (outcome.problemCount === 0) chunk.push({ rowNumber: row.rowNumber, values: checked.values });
        if (chunk.length === CHUNK_ROWS) {
          await this.uploads.appendChunk(uploadId, chunkIndex++, chunk);
          chunk = [];
        }
      }
    } catch (error) {
      if (error instanceof NotifyError) throw error;
      report([{ row: null, column: 'file', message: `Herald could not read this file as ${format.toUpperCase()}: ${(error as Error).message}` }]);
      return outcome;
    } finally {
      // Whatever is left of the request is read and dropped, so the sender sees the answer, not a reset.
      input.resume();
    }
    if (!checker) report([{ row: null, column: 'file', message: 'The file is empty: it needs a header row and at least one row of data' }]);
    else if (outcome.rowCount === 0) report([{ row: null, column: 'file', message: 'The file has no rows of data under its header' }]);
    if (outcome.rowCount > MAX_JOB_ROWS) {
      report([
        {
          row: null,
          column: 'file',
          message: `The file has ${outcome.rowCount.toLocaleString('en-GB')} rows: a file can have at most ${MAX_JOB_ROWS.toLocaleString('en-GB')}`,
        },
      ]);
    }
    if (outcome.problemCount === 0) await this.uploads.appendChunk(uploadId, chunkIndex, chunk);
    return outcome;
  }

  /** The whole file must fit in what the service may still send today. */
  private async checkLimits(from: RowSource, outcome: ReadOutcome): Promise<ReadOutcome> {
    const overLimit = await this.limits.check(from.service, 'normal', from.template.type, { count: outcome.rowCount });
    if (!overLimit) return outcome;
    const message = `Sending ${outcome.rowCount.toLocaleString('en-GB')} messages would pass your service’s daily limit (${overLimit.message})`;
    return { ...outcome, problems: [{ row: null, column: 'file', message, code: 'daily-limit' }], problemCount: 1 };
  }
}

/** The body as the upload content-type parser left it: the request stream itself. */
function toStream(body: unknown): Readable {
  if (body instanceof Readable) return body;
  return Readable.from([typeof body === 'string' || Buffer.isBuffer(body) ? body : '']);
}
