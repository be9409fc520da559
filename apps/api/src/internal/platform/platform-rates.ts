import type { PlatformDeliveryCounts } from '@herald/contracts';
import type { DeliveryCounts } from '@herald/persistence';

/** A share as a percentage with one decimal; 0 of 0 is 0. */
export const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

export const withFailureRate = (counts: DeliveryCounts): PlatformDeliveryCounts => ({ ...counts, failureRatePercent: percent(counts.failed, counts.sent) });
