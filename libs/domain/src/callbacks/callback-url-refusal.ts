import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { callbackAddressProblem, CallbackUrlPolicy, callbackUrlProblem, hostOf } from './callback-url-policy';

/**
 * Why a callback URL cannot be set, or null. Besides the URL itself, every address its host
 * resolves to now is checked; the worker checks again before each request. Shared by the CLI
 * and the admin's internal API so both refuse the same URLs with the same words.
 */
export async function callbackUrlRefusal(url: string, policy: CallbackUrlPolicy): Promise<string | null> {
  const problem = callbackUrlProblem(url, policy);
  if (problem || policy.allowPrivateAddresses) return problem;
  const host = hostOf(new URL(url));
  if (isIP(host) !== 0) return null;
  let addresses: Array<{ address: string }>;
  try {
    addresses = await lookup(host, { all: true });
  } catch {
    return `${host} does not resolve to an address`;
  }
  return addresses.map((a) => callbackAddressProblem(a.address, policy)).find((p) => p !== null) ?? null;
}
