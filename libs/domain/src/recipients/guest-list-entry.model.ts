import type { GuestListRecipientType } from './guest-list-recipient';

/** Someone a trial service may send to besides its team. */
export interface GuestListEntry {
  readonly id: string;
  readonly recipientType: GuestListRecipientType;
  readonly recipient: string;
}
