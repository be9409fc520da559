import type { FieldProblem } from '../errors/field-problem';
import { MIN_CALLBACK_TOKEN_LENGTH } from './callback-types';
import { CallbackUrlPolicy } from './callback-url-policy';
import { callbackUrlRefusal } from './callback-url-refusal';

/**
 * A callback's URL and bearer token, checked as the admin's page and `herald callback set` both
 * check them. A blank token keeps the current one when there is one.
 */
export async function callbackProblems(url: string, token: string, hasCurrent: boolean, policy: CallbackUrlPolicy): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const refusal = url ? await callbackUrlRefusal(url, policy) : 'Enter a URL that starts with https://';
  if (refusal) problems.push({ field: 'url', message: refusal });
  if (!token && !hasCurrent) problems.push({ field: 'bearer_token', message: 'Enter a bearer token' });
  else if (token && token.length < MIN_CALLBACK_TOKEN_LENGTH)
    problems.push({ field: 'bearer_token', message: `Bearer token must be at least ${MIN_CALLBACK_TOKEN_LENGTH} characters` });
  return problems;
}
