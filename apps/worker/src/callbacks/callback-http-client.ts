import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { request as httpRequest, RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Injectable } from '@nestjs/common';
import { callbackAddressProblem, CallbackUrlPolicy, callbackUrlProblem, ProviderError } from '@herald/domain';

/** docs/api-contract.md §10: a service's endpoint has 5 seconds to answer. */
export const CALLBACK_TIMEOUT_MS = 5000;

/** A callback request whatever the URL: the token, the JSON body and the URL policy in force. */
export interface CallbackRequest {
  readonly url: string;
  readonly bearerToken: string;
  readonly body: object;
  readonly policy: CallbackUrlPolicy;
}

/**
 * POSTs one callback. The host is resolved here, every address it resolves to is checked against
 * the policy, and the connection goes to the checked address (so a DNS answer cannot change
 * between check and connect). Errors say what BullMQ should do: ProviderError.permanent for a
 * refused URL or a 4xx other than 429, retryable for everything else.
 */
@Injectable()
export class CallbackHttpClient {
  async post(callback: CallbackRequest): Promise<number> {
    const problem = callbackUrlProblem(callback.url, callback.policy);
    if (problem) throw ProviderError.permanent(`Callback URL refused: ${problem}`);
    const url = new URL(callback.url);
    const payload = Buffer.from(JSON.stringify(callback.body));
    const options: RequestOptions = {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': payload.length, Authorization: `Bearer ${callback.bearerToken}` },
      lookup: checkedLookup(callback.policy),
      agent: false,
    };
    const status = await send(url, options, payload);
    if (status >= 200 && status < 300) return status;
    if (status === 429 || status >= 500) throw ProviderError.retryable(`Callback endpoint answered HTTP ${status}`);
    throw ProviderError.permanent(`Callback endpoint answered HTTP ${status}`);
  }
}

function send(url: URL, options: RequestOptions, payload: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, options, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', (error) => reject(ProviderError.retryable(`Callback endpoint failed: ${error.message}`)));
    });
    const timer = setTimeout(() => request.destroy(new Error(`no answer within ${CALLBACK_TIMEOUT_MS} ms`)), CALLBACK_TIMEOUT_MS);
    request.on('close', () => clearTimeout(timer));
    request.on('error', (error) => reject(error instanceof ProviderError ? error : ProviderError.retryable(`Callback endpoint failed: ${error.message}`)));
    request.end(payload);
  });
}

/** A DNS lookup that refuses the host if any address it resolves to is not allowed. */
function checkedLookup(policy: CallbackUrlPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const problem = addresses.map((a) => callbackAddressProblem(a.address, policy)).find((p) => p !== null);
      if (problem || addresses.length === 0) {
        return callback(ProviderError.permanent(`Callback URL refused: ${problem ?? `${hostname} has no address`}`), '', 0);
      }
      const [first] = addresses;
      if (options.all) (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, [first]);
      else callback(null, first.address, first.family);
    });
  };
}
