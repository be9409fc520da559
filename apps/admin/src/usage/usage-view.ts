import type { ServiceUsageResponse, UsageFigures } from '@herald/contracts';
import { monthlyChart, monthName } from './monthly-chart';

/** `2025 to 2026`: the financial year starting in April 2025. */
export const financialYearLabel = (startYear: number): string => `${startYear} to ${startYear + 1}`;

/** The links to switch financial year on a page at `path`, newest first, the one shown marked current. */
export function yearLinks(path: string, shown: number, years: readonly number[]) {
  return years.map((year) => ({ label: financialYearLabel(year), href: `${path}?year=${year}`, current: year === shown }));
}

/** The figures a table row shows, in the order of its columns. */
export const figureColumns = (f: UsageFigures): number[] => [f.emails, f.textMessages, f.textMessageFragments, f.letters, f.letterSheets];

/** What usage/index.njk shows. */
export function usageView(serviceId: string, usage: ServiceUsageResponse) {
  const path = `/services/${encodeURIComponent(serviceId)}/usage`;
  return {
    yearLabel: financialYearLabel(usage.financialYear),
    period: `1 April ${usage.financialYear} to 31 March ${usage.financialYear + 1}`,
    years: yearLinks(path, usage.financialYear, usage.financialYears),
    months: usage.months.map((m) => ({ month: m.month, label: monthName(m.month), figures: figureColumns(m) })),
    total: figureColumns(usage.total),
    chart: monthlyChart(usage.months),
    organisation: usage.organisation ? { name: usage.organisation, href: `/organisations/${encodeURIComponent(usage.organisation)}` } : null,
  };
}
