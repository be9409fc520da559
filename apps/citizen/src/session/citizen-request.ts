import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CitizenApiClient } from '@herald/contracts';
import type { SignedInPerson } from './signed-in-person';

/** Per-request values the layout and every view can use (merged into each view's context). */
export interface PageLocals {
  csrfToken: string;
  cspNonce: string;
  signedIn: boolean;
  currentPath: string;
}

export type CitizenRequest = FastifyRequest & {
  /** The person this browser's session cookie names, or null. */
  person: SignedInPerson | null;
  /** The API as that person (null when nobody is signed in). */
  citizenApi: CitizenApiClient | null;
};

export type CitizenReply = FastifyReply & { locals: PageLocals };
