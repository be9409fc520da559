import { InternalApiError } from '@herald/contracts';
import { AdminReply } from '../session/admin-request';

/**
 * An emailed link that no longer works (404 unknown, 410 used or expired) shown as a page that
 * says what to do next; true when it was shown, false for any other error (the caller rethrows).
 */
export async function showEndedLink(reply: AdminReply, error: unknown, retry: { href: string; text: string }): Promise<boolean> {
  if (!(error instanceof InternalApiError) || (error.status !== 404 && error.status !== 410)) return false;
  const message = error.status === 410 ? error.problems[0]?.message : 'This link is not valid. Check you copied the whole link from the email.';
  await reply.code(error.status).view('accounts/invitation-ended.njk', { message, retry });
  return true;
}
