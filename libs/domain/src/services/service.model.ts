import type { ServicePermission } from '../notifications/notification-types';

/** A service: a team's account on Herald, with its permissions and daily limits. */
export interface Service {
  readonly id: string;
  readonly name: string;
  readonly active: boolean;
  readonly restricted: boolean;
  readonly permissions: ServicePermission[];
  readonly rateLimit: number;
  /** Daily limits per notification type (docs/api-contract.md §7). */
  readonly emailMessageLimit: number;
  readonly smsMessageLimit: number;
  readonly letterMessageLimit: number;
  readonly internationalSmsMessageLimit: number;
  readonly prefixSms: boolean;
  readonly contactLink: string | null;
  /** The organisation (department) the service sends for, named to the person and to auditors; null when not set. */
  readonly organisation: string | null;
}

export interface ServiceChanges {
  readonly contactLink?: string | null;
  readonly organisation?: string | null;
  readonly restricted?: boolean;
  readonly prefixSms?: boolean;
  readonly rateLimit?: number;
  readonly emailMessageLimit?: number;
  readonly smsMessageLimit?: number;
  readonly letterMessageLimit?: number;
  readonly internationalSmsMessageLimit?: number;
}

export interface NewService {
  readonly name: string;
  readonly restricted: boolean;
  readonly permissions?: readonly ServicePermission[];
  readonly organisation?: string | null;
}
