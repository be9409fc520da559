/** Types of the operators' endpoints under /internal/platform (platform admins only). Times are ISO 8601. */
import type { SmsProviderVerdict } from '@herald/domain';

export type PlatformChannel = 'email' | 'sms' | 'letter';

/** How many were sent, and how many of those were delivered or failed. */
export interface PlatformDeliveryCounts {
  readonly sent: number;
  readonly delivered: number;
  readonly failed: number;
  /** failed / sent as a percentage with one decimal; 0 when nothing was sent. */
  readonly failureRatePercent: number;
}

export interface PlatformServiceSummary {
  readonly id: string;
  readonly name: string;
  /** Trial mode (restricted) or live. */
  readonly live: boolean;
  readonly active: boolean;
  readonly byChannel: Readonly<Record<PlatformChannel, PlatformDeliveryCounts>>;
  readonly total: PlatformDeliveryCounts;
}

export interface PlatformGoLiveRequest {
  readonly id: string;
  readonly serviceId: string;
  readonly serviceName: string;
  readonly requestedBy: { readonly id: string; readonly name: string; readonly emailAddress: string };
  /** What the team wrote (expected volumes per channel and so on), as label/value pairs. */
  readonly details: ReadonlyArray<{ readonly label: string; readonly value: string }>;
  readonly createdAt: string;
}

export interface PlatformServicesResponse {
  /** The period the volumes cover. */
  readonly since: string;
  /** Busiest first. */
  readonly services: PlatformServiceSummary[];
  /** Oldest first. */
  readonly goLiveRequests: PlatformGoLiveRequest[];
}

export type GoLiveDecisionRequest = 'approve' | 'reject';

export interface GoLiveDecisionResponse {
  readonly requestId: string;
  readonly serviceId: string;
  readonly serviceName: string;
  readonly status: 'approved' | 'rejected';
}

export interface PlatformMinute {
  /** The minute's start. */
  readonly at: string;
  readonly email: number;
  readonly sms: number;
  readonly letter: number;
}

export interface PlatformProviderRates extends PlatformDeliveryCounts {
  readonly provider: string;
  readonly channel: PlatformChannel;
  readonly deliveryRatePercent: number;
}

export interface PlatformQueueDepth {
  readonly name: string;
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly failed: number;
  /** When the oldest ready job became ready, and how long ago (seconds); null when none waits. */
  readonly oldestWaitingSince: string | null;
  readonly oldestWaitingAgeSeconds: number | null;
}

/** An SMS provider's health over the failover window (`slowPercent`: sends slower than the p90 threshold). */
export interface PlatformSmsProvider extends SmsProviderVerdict {
  readonly name: string;
  /** Switched on by operators (not switched off). */
  readonly enabled: boolean;
  readonly failedOver: boolean;
  readonly p90LatencyThresholdMs: number;
}

export interface PlatformDashboardResponse {
  readonly generatedAt: string;
  /** The last 60 minutes, oldest first, every minute present (zeros included). */
  readonly messagesPerMinute: PlatformMinute[];
  readonly providersLastHour: PlatformProviderRates[];
  readonly providersLastDay: PlatformProviderRates[];
  /** Every queue in the registry. */
  readonly queues: PlatformQueueDepth[];
  readonly callbackBacklog: { readonly undrainedEvents: number; readonly queuedCallbacks: number };
  /** The window the SMS providers' health is judged over. */
  readonly smsFailoverWindowSeconds: number;
  readonly smsProviders: PlatformSmsProvider[];
}

export interface PlatformNotificationFound {
  readonly id: string;
  readonly serviceId: string;
  readonly serviceName: string;
  readonly templateId: string;
  readonly templateName: string | null;
  readonly channel: PlatformChannel;
  readonly status: string;
  readonly provider: string | null;
  readonly createdAt: string;
  /**
   * Sent by Herald itself (a sign-in code, an invitation, a confirmation): no service page shows
   * it, so operators see only that it was sent and its status.
   */
  readonly systemMessage: boolean;
}

export interface PlatformAuditEvent {
  readonly id: string;
  readonly createdAt: string;
  readonly user: { readonly id: string; readonly name: string; readonly emailAddress: string } | null;
  readonly service: { readonly id: string; readonly name: string } | null;
  readonly action: string;
  readonly subject: string | null;
  readonly details: Record<string, unknown>;
}

export interface PlatformAuditQuery {
  readonly serviceId?: string;
  readonly userId?: string;
  /** Only these actions (one kind of event, such as every change to API keys). */
  readonly actions?: readonly string[];
  /** From 1. */
  readonly page?: number;
}

export interface PlatformAuditResponse {
  readonly events: PlatformAuditEvent[];
  readonly page: number;
  readonly pageSize: number;
  readonly hasNextPage: boolean;
  /** For the filters: every service and every user, by name. */
  readonly services: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly users: ReadonlyArray<{ readonly id: string; readonly name: string; readonly emailAddress: string }>;
}
