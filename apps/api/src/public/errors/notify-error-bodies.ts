/** Notify's legacy shape for a URL nothing serves (docs/api-contract.md §4.1). */
export const NOT_FOUND_BODY = {
  result: 'error',
  message: 'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
} as const;

/** Notify's legacy shape for a URL served with other methods. */
export const METHOD_NOT_ALLOWED_BODY = { result: 'error', message: 'The method is not allowed for the requested URL.' } as const;

/** Notify's v2 envelope with one BadRequestError, for refusals that come before any handler. */
export const badRequestBody = (status: number, message: string) => ({ status_code: status, errors: [{ error: 'BadRequestError', message }] });
