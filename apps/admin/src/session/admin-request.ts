import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AccountUser, InternalApiClient, ServiceMembership } from '@herald/contracts';

/** Per-request values the layout and every view can use (merged into each view's context). */
export interface PageLocals {
  csrfToken: string;
  cspNonce: string;
  signedIn: boolean;
  currentPath: string;
  /** Set on pages under /services/:serviceId. */
  service?: ServiceMembership;
  platformAdmin?: boolean;
  /** Read-only oversight across services (the /oversight pages). */
  auditor?: boolean;
  user?: AccountUser;
}

export type AdminRequest = FastifyRequest & {
  /** The API client bound to this browser's session (or to none). */
  apiClient: InternalApiClient;
  sessionToken: string | null;
};

export type AdminReply = FastifyReply & { locals: PageLocals };
