/** A name or number a service's texts come from; one is the default. */
export interface SmsSender {
  readonly id: string;
  readonly serviceId: string;
  readonly smsSender: string;
  readonly isDefault: boolean;
  readonly inboundNumber: string | null;
}

export interface SmsSenderOptions {
  readonly isDefault?: boolean;
  readonly inboundNumber?: string | null;
}
