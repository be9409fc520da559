import type { OversightPurposeLogEntry, OversightPurposeLogResponse } from '@herald/contracts';
import { fieldsText, outcomeText } from './oversight-labels';
import { OversightFilters, pagination, selectItems } from './oversight-filters';

export const PURPOSE_LOG_FILTERS = ['serviceId', 'register', 'purpose', 'from', 'to'] as const;

/** One look-up as the pages show it: plain words for its codes, field names only. */
export function entryView(entry: OversightPurposeLogEntry) {
  return {
    ...entry,
    outcomeText: outcomeText(entry.outcome),
    fieldsRequestedText: fieldsText(entry.fieldsRequested),
    fieldsReturnedText: fieldsText(entry.fieldsReturned),
  };
}

/** The purpose log page: the filter form's items, the rows and the page links. */
export function purposeLogView(log: OversightPurposeLogResponse, filters: OversightFilters) {
  const values = filters.values;
  const first = (log.page - 1) * log.pageSize + 1;
  return {
    values,
    errors: filters.errors,
    entries: log.entries.map(entryView),
    serviceOptions: selectItems(
      'All services',
      log.services.map((s) => ({ value: s.id, text: s.name })),
      values.serviceId,
    ),
    registerOptions: selectItems(
      'All registers',
      log.registers.map((r) => ({ value: r, text: r })),
      values.register,
    ),
    purposeOptions: selectItems(
      'All purposes',
      log.purposes.map((p) => ({ value: p, text: p })),
      values.purpose,
    ),
    page: log.page,
    total: log.total,
    shown: log.entries.length ? { first, last: first + log.entries.length - 1 } : null,
    filtered: Object.values(values).some((v) => v !== ''),
    ...pagination('/oversight/purpose-log', values, log.page, log.page * log.pageSize < log.total),
  };
}
