import type { JobRepository } from '@herald/persistence';

const PAGE = 1000;

/** A job's report as CSV lines, read a page at a time: row number, recipient, status, time. */
export async function* jobReportLines(jobs: JobRepository, serviceId: string, jobId: string): AsyncGenerator<string> {
  yield 'Row number,Recipient,Status,Time\r\n';
  let after = 0;
  for (;;) {
    const page = await jobs.reportPage(serviceId, jobId, after, PAGE);
    if (page.length === 0) return;
    yield page.map((row) => [String(row.rowNumber), csvCell(row.recipient), row.status, row.at.toISOString()].join(',')).join('\r\n') + '\r\n';
    after = page[page.length - 1].rowNumber;
  }
}

/** Quoted when needed; a leading =, +, - or @ is escaped so a spreadsheet never runs it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
