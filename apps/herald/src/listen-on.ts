import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StartupError } from './startup-error';

/** Listens, or fails with a message that names the setting (API_PORT, ADMIN_PORT) and the fix. */
export async function listenOn(app: NestFastifyApplication, port: number, host: string, setting: 'API_PORT' | 'ADMIN_PORT'): Promise<void> {
  try {
    await app.listen({ port, host });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new StartupError(`${setting} ${port} is in use: stop what is using it or set ${setting} to a free port`);
    if (code === 'EACCES') throw new StartupError(`${setting} ${port} needs privileges this process does not have: set ${setting} to a port above 1023`);
    throw error;
  }
}
