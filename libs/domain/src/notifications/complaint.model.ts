/** A recipient's complaint about an email, as its source reported it. */
export interface NewComplaintReport {
  readonly serviceId: string;
  readonly notificationId: string;
  readonly complaintType: string | null;
  readonly complaintDate: Date;
  readonly source: 'ses' | 'bounce-mailbox';
  /** What identifies the report at its source (SES feedbackId, ARF message id…): the same key is one complaint. */
  readonly reportKey: string;
}

export interface StoredComplaint {
  readonly id: string;
  readonly notificationId: string;
  readonly serviceId: string;
  readonly complaintType: string | null;
  readonly complaintDate: Date;
  readonly source: string;
}
