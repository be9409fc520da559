/** An Amazon SNS HTTP(S) message as posted to a subscribed endpoint. */
export interface SnsMessage {
  readonly Type: 'Notification' | 'SubscriptionConfirmation' | 'UnsubscribeConfirmation';
  readonly MessageId: string;
  readonly TopicArn: string;
  readonly Message: string;
  readonly Timestamp: string;
  readonly SignatureVersion: '1' | '2';
  readonly Signature: string;
  readonly SigningCertURL: string;
  readonly Subject?: string;
  readonly SubscribeURL?: string;
  readonly Token?: string;
}

const TYPES = ['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation'];
const REQUIRED = ['MessageId', 'TopicArn', 'Message', 'Timestamp', 'Signature', 'SigningCertURL'] as const;

/** Parses the posted JSON; null when it is not a well-formed SNS message. */
export function parseSnsMessage(body: string): SnsMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const message = value as Record<string, unknown>;
  if (typeof message.Type !== 'string' || !TYPES.includes(message.Type)) return null;
  if (message.SignatureVersion !== '1' && message.SignatureVersion !== '2') return null;
  if (REQUIRED.some((name) => typeof message[name] !== 'string')) return null;
  if (message.Type !== 'Notification' && (typeof message.SubscribeURL !== 'string' || typeof message.Token !== 'string')) return null;
  return message as unknown as SnsMessage;
}

/**
 * The string SNS signs: the named fields in byte order, each as `name\nvalue\n` (Subject only when
 * present), per "Verifying the signatures of Amazon SNS messages" in the SNS developer guide.
 */
export function snsStringToSign(message: SnsMessage): string {
  const fields =
    message.Type === 'Notification'
      ? (['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'] as const)
      : (['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'] as const);
  return fields
    .filter((name) => message[name] !== undefined)
    .map((name) => `${name}\n${message[name]}\n`)
    .join('');
}
