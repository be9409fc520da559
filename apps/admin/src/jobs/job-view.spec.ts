import type { JobRecipientsPage } from '@herald/contracts';
import { recipientsView } from './job-view';

const aPage = (status: string, nextPrintRun: string): JobRecipientsPage => ({
  status: 'all',
  page: 1,
  pageSize: 50,
  total: 1,
  recipients: [{ rowNumber: 2, recipient: 'Kim Lee\n1 High Street\nSW1A 1AA', status, updatedAt: '2026-12-05T10:00:00.000Z' }],
  nextPrintRun,
});

describe('the recipients of a bulk send', () => {
  const inAnHour = new Date(Date.now() + 3_600_000).toISOString();

  it('says when a letter waiting to be printed will be printed, not that it is sending', () => {
    const [row] = recipientsView('/jobs/1', 'letter', aPage('created', inAnHour)).rows;
    expect(row.tag.text).toMatch(/^Printing (today|tomorrow) at \d{1,2}(:\d{2})?(am|pm)$/);
    expect(row.recipient).toBe('Kim Lee, 1 High Street, SW1A 1AA');
  });

  it('says a letter with the print provider has been sent to print', () => {
    expect(recipientsView('/jobs/1', 'letter', aPage('sending', inAnHour)).rows[0].tag.text).toBe('Sent to the print provider');
  });

  it('never names a print run for an email', () => {
    expect(recipientsView('/jobs/1', 'email', aPage('created', inAnHour)).rows[0].tag.text).toBe('Sending');
  });
});
