import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { ActivityPage } from '@herald/contracts';
import { NotificationSearch, NotificationSearchRepository } from '@herald/persistence';
import { activityCsvHeader, activityCsvLine } from './activity-csv';
import { normalisedRecipientsOf, ParsedActivityQuery, searchFragmentsOf, STATUS_GROUPS } from './activity-query';
import { ActivityRows } from './activity-rows';
import { SystemMessages } from './system-messages';

const PAGE_SIZE = 50;
/**
 * Part of an address is looked for in this many of the newest notifications, each decrypted
 * (about a second's work); older ones match a whole address, a whole number or part of a reference.
 */
export const PARTIAL_SEARCH_SCAN_LIMIT = 50_000;

/** The activity page and its download: a service's notifications found by part of a recipient or reference, filtered. */
@Injectable()
export class ActivityService {
  constructor(
    private readonly notifications: NotificationSearchRepository,
    private readonly rows: ActivityRows,
    private readonly systemMessages: SystemMessages,
  ) {}

  async search(serviceId: string, query: ParsedActivityQuery): Promise<ActivityPage> {
    const page = { page: query.page, pageSize: PAGE_SIZE, hasPrevious: query.page > 1 };
    if (await this.systemMessages.hiddenFrom(serviceId)) return { notifications: [], ...page, hasNext: false, searchLimited: false };
    const offset = (query.page - 1) * PAGE_SIZE;
    const results = this.notifications.search(serviceId, this.searchOf(query, offset));
    const names = await this.rows.namesFor(serviceId);
    const found = [];
    // One more than a page, to know whether there is a next one; a search skips the earlier pages' matches.
    let skip = query.search === null ? 0 : offset;
    for await (const row of results.rows) {
      if (skip > 0) {
        skip -= 1;
        continue;
      }
      found.push(row);
      if (found.length > PAGE_SIZE) break;
    }
    return {
      notifications: await Promise.all(found.slice(0, PAGE_SIZE).map((row) => names.describe(row))),
      ...page,
      hasNext: found.length > PAGE_SIZE,
      searchLimited: results.limited,
    };
  }

  /** Every notification the search finds, as CSV (UTF-8 with a byte order mark, for spreadsheets), read a batch at a time. */
  async download(serviceId: string, query: ParsedActivityQuery): Promise<Readable> {
    const hidden = await this.systemMessages.hiddenFrom(serviceId);
    const results = this.notifications.search(serviceId, this.searchOf(query, 0));
    const names = await this.rows.namesFor(serviceId);
    async function* lines(): AsyncGenerator<string> {
      yield `\uFEFF${activityCsvHeader()}`;
      if (hidden) return;
      for await (const row of results.rows) yield activityCsvLine(await names.describe(row));
    }
    return Readable.from(lines());
  }

  private searchOf(query: ParsedActivityQuery, offset: number): NotificationSearch {
    return {
      search:
        query.search === null
          ? undefined
          : { normalisedRecipients: normalisedRecipientsOf(query.search), fragments: searchFragmentsOf(query.search), reference: query.search },
      channels: query.channels,
      statuses: query.statuses.flatMap((group) => STATUS_GROUPS[group]),
      offset,
      scanLimit: PARTIAL_SEARCH_SCAN_LIMIT,
    };
  }
}
