export type GoLiveRequestStatus = 'pending' | 'approved' | 'rejected';

/** A trial service asking to go live: the settings page writes it, an operator decides it. */
export interface GoLiveRequest {
  readonly id: string;
  readonly serviceId: string;
  readonly userId: string;
  readonly details: Record<string, unknown>;
  readonly status: GoLiveRequestStatus;
  readonly createdAt: Date;
  readonly decidedBy: string | null;
  readonly decidedAt: Date | null;
}
