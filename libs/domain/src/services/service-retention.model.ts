import type { RetentionDays } from './service-settings-rules';

/** How many days a service keeps its notifications, per channel. */
export interface ServiceRetention {
  readonly serviceId: string;
  readonly days: RetentionDays;
}
