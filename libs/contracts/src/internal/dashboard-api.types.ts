/** Types of a service's dashboard endpoint (/internal/services/:serviceId/dashboard). Times are ISO 8601. */
import type { JobStatusName } from './jobs-api.types';

export type DashboardChannel = 'email' | 'sms' | 'letter';

/** Sent (every notification, whatever became of it), and how many of those were delivered or failed. */
export interface ChannelCounts {
  readonly sent: number;
  readonly delivered: number;
  readonly failed: number;
}

export type CountsByChannel = Readonly<Record<DashboardChannel, ChannelCounts>>;

/** One UK day of the chart. */
export interface DashboardDay {
  /** `YYYY-MM-DD`, Europe/London. */
  readonly day: string;
  readonly byChannel: CountsByChannel;
  readonly total: ChannelCounts;
}

export interface DashboardFailure {
  readonly id: string;
  readonly channel: DashboardChannel;
  readonly status: string;
  readonly recipient: string;
  readonly templateId: string;
  readonly templateName: string | null;
  readonly createdAt: string;
}

export interface DashboardBulkSend {
  readonly id: string;
  readonly fileName: string;
  readonly templateId: string;
  readonly status: JobStatusName;
  readonly rowCount: number;
  readonly rowsProcessed: number;
  readonly createdAt: string;
  /** A scheduled send's start (ISO 8601), or null. */
  readonly scheduledFor: string | null;
}

export interface ServiceDashboardResponse {
  /** Today and the six days before it (UK days), per channel. Test keys' messages never count. */
  readonly lastSevenDays: CountsByChannel;
  /** The last 30 UK days, oldest first, every day present (zeros when nothing was sent). */
  readonly days: DashboardDay[];
  /** The latest failed notifications of the last seven days, newest first. */
  readonly failures: DashboardFailure[];
  /** The latest bulk sends, newest first. */
  readonly bulkSends: DashboardBulkSend[];
}
