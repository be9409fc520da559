import { ChangeRefusedError } from '@herald/administration';
import { InvalidFieldsError, NotFoundError } from '@herald/domain';
import { badRequest, fieldErrors, noResultFound, NotifyError } from './notify-error';

/** The Notify error a department sees for a refusal from the domain, or null for anything else. */
export function asNotifyError(exception: unknown): NotifyError | null {
  if (exception instanceof NotifyError) return exception;
  if (exception instanceof InvalidFieldsError) return fieldErrors(exception.problems);
  if (exception instanceof NotFoundError) return noResultFound();
  if (exception instanceof ChangeRefusedError) return badRequest(exception.message);
  return null;
}
