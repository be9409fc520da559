import type { HeraldConfig } from '@herald/config';

/** PostgreSQL's codes and Node's socket errors that a start-up can meet, with the fix for each. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH']);

/** The database in DATABASE_URL and where it is, for messages: never the password. */
function describe(databaseUrl: string): { name: string; where: string } {
  const url = new URL(databaseUrl);
  return { name: decodeURIComponent(url.pathname.replace(/^\//, '')) || url.username || 'postgres', where: `${url.hostname}:${url.port || '5432'}` };
}

function codeOf(error: unknown): string | undefined {
  const { code, errors } = error as { code?: string; errors?: unknown[] };
  // Node reports a refused "localhost" (tried on ::1 and 127.0.0.1) as an AggregateError.
  return code ?? (errors?.length ? codeOf(errors[0]) : undefined);
}

/**
 * Turns the error of a first connection to PostgreSQL into a message that names DATABASE_URL and
 * says what to do; any other error (and every SQLite error) is returned as it is.
 */
export function explainDatabaseError(config: HeraldConfig, error: unknown): Error {
  if (config.database.type !== 'postgres' || !(error instanceof Error)) return error instanceof Error ? error : new Error(String(error));
  const { name, where } = describe(config.database.url);
  const code = codeOf(error);
  if (code === '3D000') {
    return new Error(
      `The database "${name}" in DATABASE_URL does not exist on ${where}. Create it (createdb ${name}, or psql -c 'create database ${name}'), or set DATABASE_URL to an existing database.`,
    );
  }
  if (code && UNREACHABLE.has(code)) {
    return new Error(`Nothing answers at ${where}, the PostgreSQL server in DATABASE_URL (${code}). Start PostgreSQL there, or correct DATABASE_URL.`);
  }
  if (code === '28P01' || code === '28000') {
    return new Error(`PostgreSQL at ${where} refused the user and password in DATABASE_URL: ${error.message}. Correct DATABASE_URL.`);
  }
  return error;
}
