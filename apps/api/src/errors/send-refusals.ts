import type { ComposedNotification, ComposeResult, SendProblem } from '@herald/sending';
import { NotifyError } from './notify-error';

/** A sending rule's refusal as the v2 API answers it, in Notify's format. */
export function notifyErrorOf(problem: SendProblem): NotifyError {
  return new NotifyError(problem.status, [{ error: problem.error, message: problem.message, ...problem.extra }]);
}

export function throwIfRefused(problem: SendProblem | null): void {
  if (problem) throw notifyErrorOf(problem);
}

/** The composed notification, or the first problem thrown as a NotifyError. */
export function composedOrThrow(result: ComposeResult): ComposedNotification {
  if (!result.ok) throw notifyErrorOf(result.problems[0]);
  return result.composed;
}
