import type { ActivityNotification, ActivityPage } from '@herald/contracts';
import { activityFilters } from './activity-filters';
import { activityView } from './activity-view';

const letter: ActivityNotification = {
  id: '6f1c2a9e-1b2c-4d3e-8f4a-5b6c7d8e9f01',
  channel: 'letter',
  status: 'created',
  recipient: 'Jo Bloggs\n1 High Street',
  reference: null,
  templateId: 't',
  templateName: 'Claim letter',
  fromTestKey: false,
  jobId: null,
  sentBy: 'Alice Smith',
  nextPrintRun: new Date(Date.now() + 3_600_000).toISOString(),
  createdAt: '2026-12-05T10:00:00.000Z',
  updatedAt: null,
};
const page = (overrides: Partial<ActivityPage> = {}): ActivityPage => ({
  notifications: [letter],
  page: 1,
  pageSize: 50,
  hasPrevious: false,
  hasNext: false,
  searchLimited: false,
  ...overrides,
});

describe('the activity page', () => {
  it('links the download to the same search and filters, without the page', () => {
    const view = activityView('s1', activityFilters({ search: 'jo bloggs', channel: ['letter', 'email'], status: 'sending', page: '2' }), page());
    expect(view.downloadUrl).toBe('/services/s1/activity.csv?search=jo+bloggs&channel=letter&channel=email&status=sending');
  });

  it('shows who sent each message and a letter’s print run', () => {
    const [row] = activityView('s1', activityFilters({}), page()).rows;
    expect(row).toMatchObject({ sentBy: 'Alice Smith', recipient: 'Jo Bloggs, 1 High Street' });
    expect(row.tag.text).toMatch(/^Printing (today|tomorrow) at \d{1,2}(:\d\d)?(am|pm)$/);
  });

  it('says when part of an address was searched for in the most recent messages only', () => {
    expect(activityView('s1', activityFilters({ search: 'jo' }), page({ searchLimited: true })).searchLimited).toBe(true);
    expect(activityView('s1', activityFilters({ search: 'jo' }), page()).searchLimited).toBe(false);
  });
});
