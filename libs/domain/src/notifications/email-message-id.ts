const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads our notification id back from the Message-ID an email went out with (`<id@EMAIL_DOMAIN>`),
 * as a receipt quotes it; null when it is not one of ours.
 */
export function notificationIdFromMessageId(messageId: string | null | undefined): string | null {
  const match = /^\s*<?([^@<>\s]+)@[^<>\s]+>?\s*$/.exec(messageId ?? '');
  return match && UUID.test(match[1]) ? match[1].toLowerCase() : null;
}

/** Reads the notification id from a VERP envelope sender, `bounces+<id>@BOUNCE_DOMAIN`; null otherwise. */
export function notificationIdFromBounceAddress(address: string | null | undefined): string | null {
  const match = /^\s*<?bounces\+([^@<>\s]+)@[^<>\s]+>?\s*$/i.exec(address ?? '');
  return match && UUID.test(match[1]) ? match[1].toLowerCase() : null;
}
