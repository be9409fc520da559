/** A received text as use cases see it: the sender's number and the message decrypted. */
export interface InboundText {
  readonly id: string;
  readonly serviceId: string;
  readonly notifyNumber: string;
  /** Normalised digits, e.g. `447700900111`. */
  readonly userNumber: string;
  readonly content: string;
  readonly provider: string;
  readonly providerReference: string | null;
  readonly createdAt: Date;
}

export type NewInboundText = Omit<InboundText, 'id' | 'createdAt'> & { readonly createdAt?: Date };
