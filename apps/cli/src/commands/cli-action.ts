import type { CliSession } from '../cli-session';

/** Runs one command's work with the database open (migrated), then closes it. */
export type CliAction = (work: (session: CliSession) => Promise<void>) => Promise<void>;
