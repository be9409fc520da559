import { NotifyError } from '../../errors/notify-error';

/** No session, or one that has ended: the admin sends the user to sign in again. */
export const unauthenticated = (): NotifyError => new NotifyError(401, [{ error: 'AuthError', message: 'Your session has ended. Sign in again.' }]);
