import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { JobRepository } from '@herald/persistence';
import type { JobRecipientFilter, JobRecipientsPage } from '@herald/contracts';
import { noResultFound } from '../../errors/notify-error';
import { nextPrintRun } from '../activity/next-print-run';
import { statusesOf } from './job-recipients';

const RECIPIENTS_PAGE = 50;

/** A bulk send's recipients, a page at a time, with the next print run its waiting letters go in. */
@Injectable()
export class JobRecipientsService {
  constructor(
    private readonly jobs: JobRepository,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  async page(serviceId: string, jobId: string, status: JobRecipientFilter, page: number, now: Date = new Date()): Promise<JobRecipientsPage> {
    if (!(await this.jobs.find(serviceId, jobId))) throw noResultFound();
    const found = await this.jobs.recipientsPage(serviceId, jobId, statusesOf(status), (page - 1) * RECIPIENTS_PAGE, RECIPIENTS_PAGE);
    return {
      status,
      page,
      pageSize: RECIPIENTS_PAGE,
      total: found.total,
      recipients: found.rows.map((row) => ({ rowNumber: row.rowNumber, recipient: row.recipient, status: row.status, updatedAt: row.at.toISOString() })),
      nextPrintRun: nextPrintRun(now, this.config.print.batchHour, this.config.print.batchMinute).toISOString(),
    };
  }
}
