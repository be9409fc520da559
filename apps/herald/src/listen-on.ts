import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StartupError } from './startup-error';

/** The settings that choose a port of the embedded start, named in its errors. */
export type PortSetting = 'API_PORT' | 'ADMIN_PORT' | 'CITIZEN_PORT' | 'CITIZEN_DEV_IDP_PORT';

/** Listens, or fails with a message that names the setting (API_PORT, ADMIN_PORT, CITIZEN_PORT) and the fix. */
export async function listenOn(app: NestFastifyApplication, port: number, host: string, setting: PortSetting): Promise<void> {
  try {
    await app.listen({ port, host });
  } catch (error) {
    throw portError(error, port, setting);
  }
}

/** A failure to listen as a StartupError naming the setting, when it is one a person can fix; otherwise the error itself. */
export function portError(error: unknown, port: number, setting: PortSetting): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new StartupError(`${setting} ${port} is in use: stop what is using it or set ${setting} to a free port`);
  if (code === 'EACCES') return new StartupError(`${setting} ${port} needs privileges this process does not have: set ${setting} to a port above 1023`);
  return error;
}
