import { AccountToken, AccountTokenPurpose, AccountTokenRepository } from '@herald/persistence';
import { noResultFound, NotifyError } from '../../errors/notify-error';

/** 410 with what to do next: the link was used already, or has expired. */
export const linkEnded = (message: string): NotifyError => new NotifyError(410, [{ error: 'LinkExpired', message }]);

/**
 * The account link a token names, if it can still be used: 404 for an unknown token, 410 with
 * `endedMessage` for one already used or expired.
 */
export async function liveAccountLink(
  tokens: AccountTokenRepository,
  token: string,
  purpose: AccountTokenPurpose,
  endedMessage: string,
  now: Date,
): Promise<AccountToken> {
  const link = token === '' ? null : await tokens.findByToken(token, purpose);
  if (!link) throw noResultFound();
  if (link.usedAt || link.expiresAt.getTime() <= now.getTime()) throw linkEnded(endedMessage);
  return link;
}
