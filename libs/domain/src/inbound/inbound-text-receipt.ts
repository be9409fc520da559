import { validatePhoneNumber } from '../recipients/phone-number';

/** Which service an inbound number belongs to (the SMS sender repository). */
export interface InboundNumberDirectory {
  findServiceByInboundNumber(number: string): Promise<{ serviceId: string; inboundNumber: string } | null>;
}

/** Where received texts are kept; storing one also queues the service's inbound-sms callback. */
export interface InboundTextStore {
  insert(text: {
    serviceId: string;
    notifyNumber: string;
    userNumber: string;
    content: string;
    provider: string;
    providerReference: string | null;
  }): Promise<{ id: string } | null>;
}

export interface ReceivedText {
  /** The number it was sent from, as the provider gives it. */
  readonly from: string;
  /** The inbound number it was sent to. */
  readonly to: string;
  readonly content: string;
  readonly provider: string;
  readonly providerReference: string | null;
}

/** The stored text's id and service, or why nothing was stored. */
export type InboundTextReceipt =
  { readonly stored: true; readonly id: string; readonly serviceId: string } | { readonly stored: false; readonly reason: 'unknown-number' | 'duplicate' };

/**
 * Stores a text someone sent to a service's inbound number: the path of the Twilio webhook, and of
 * `herald inbound-sms receive`. The sender's number is kept normalised (`447700900111`).
 */
export async function receiveInboundText(directory: InboundNumberDirectory, store: InboundTextStore, text: ReceivedText): Promise<InboundTextReceipt> {
  const owner = await findOwner(directory, text.to);
  if (!owner) return { stored: false, reason: 'unknown-number' };
  const stored = await store.insert({
    serviceId: owner.serviceId,
    notifyNumber: owner.inboundNumber,
    userNumber: normalisedNumber(text.from),
    content: text.content,
    provider: text.provider,
    providerReference: text.providerReference,
  });
  return stored ? { stored: true, id: stored.id, serviceId: owner.serviceId } : { stored: false, reason: 'duplicate' };
}

/**
 * Inbound numbers are stored as they were typed when the sender was added, while Twilio posts
 * E.164: try the number as posted, as digits with and without `+`, and a UK number as dialled at home.
 */
async function findOwner(directory: InboundNumberDirectory, to: string): Promise<{ serviceId: string; inboundNumber: string } | null> {
  const digits = normalisedNumber(to);
  const national = digits.startsWith('44') ? [`0${digits.slice(2)}`] : [];
  for (const candidate of new Set([to, digits, `+${digits}`, ...national])) {
    const owner = await directory.findServiceByInboundNumber(candidate);
    if (owner) return owner;
  }
  return null;
}

/** `+447700900111` becomes `447700900111`; a short code or sender name stays as it is, without `+`. */
function normalisedNumber(number: string): string {
  const phone = validatePhoneNumber(number);
  return phone.ok ? phone.normalised : number.replace(/^\+/, '');
}
