import { RegisterReportError } from '../register-report.error';

/** What a register's HTTP endpoint answered, read in full. */
export interface RegisterResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

/** A call that got no usable HTTP answer, with a value-free reason for operators. */
export interface NoAnswer {
  readonly unavailable: string;
}

/**
 * One request to a register with a deadline over the whole exchange (headers and body). Never
 * rejects: a timeout or a network error becomes a reason that names neither the URL (an X-Road
 * path holds the identifier) nor anything the register sent.
 */
export async function callRegister(url: string, init: RequestInit, timeoutMs: number): Promise<RegisterResponse | NoAnswer> {
  try {
    const response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, headers: response.headers, body: await response.text() };
  } catch (error) {
    return { unavailable: failureReason(error, timeoutMs) };
  }
}

export function isNoAnswer(answer: RegisterResponse | NoAnswer): answer is NoAnswer {
  return 'unavailable' in answer;
}

/** The body as JSON, or undefined when it is not. */
export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

function failureReason(error: unknown, timeoutMs: number): string {
  // Duck-typed: fetch's DOMException and TypeError may come from another realm (jest's sandbox).
  const { name, cause } = (error ?? {}) as { name?: unknown; cause?: { code?: unknown } };
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  return `network error (${typeof cause?.code === 'string' ? cause.code : 'unknown'})`;
}

/** Throws after a report the register did not accept; the message names only the status. */
export function acceptedOrThrow(answer: RegisterResponse | NoAnswer, register: string): void {
  if (isNoAnswer(answer)) throw new RegisterReportError(`Register ${register} did not take the undeliverable report: ${answer.unavailable}`);
  if (answer.status < 200 || answer.status > 299) {
    throw new RegisterReportError(`Register ${register} refused the undeliverable report with HTTP ${answer.status}`);
  }
}
