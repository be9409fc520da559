// Loaded by autocannon inside its worker thread, so it imports the one file it needs rather than
// `@herald/testing`, whose index would pull the whole API and worker into the load generator.
import { bearerFor } from '../../libs/testing/src/notify-token';

interface LoadRequest {
  headers?: Record<string, string>;
}

/** autocannon `setupRequest`: every request carries a fresh Notify JWT, as a real client's would. */
function authorizeRequest<T extends LoadRequest>(request: T, context: Record<string, unknown>): T {
  const authorization = bearerFor(String(context.serviceId), String(context.secret));
  return { ...request, headers: { ...request.headers, authorization } };
}

export = authorizeRequest;
