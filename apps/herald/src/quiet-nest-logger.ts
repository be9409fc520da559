import { ConsoleLogger, LogLevel } from '@nestjs/common';

/**
 * Nest's own start-up chatter: a line per module ("dependencies initialized") and per route
 * ("Mapped {…}"), about 300 lines for the three apps. It is shown at LOG_LEVEL=debug.
 */
const CHATTY_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

/**
 * The embedded start's logger: Nest's console logger at LOG_LEVEL, with Nest's start-up chatter
 * moved down to debug. NestApplication's error on a failed listen() goes to debug too: the
 * launcher reports that failure itself, naming the setting to change.
 */
export class QuietNestLogger extends ConsoleLogger {
  constructor(logLevels: LogLevel[]) {
    super({ logLevels });
  }

  override log(message: unknown, ...rest: unknown[]): void {
    if (this.isChatty(rest)) super.debug(message, ...rest);
    else super.log(message, ...rest);
  }

  override error(message: unknown, ...rest: unknown[]): void {
    if (rest.at(-1) === 'NestApplication') super.debug(message, ...rest);
    else super.error(message, ...rest);
  }

  private isChatty(rest: unknown[]): boolean {
    const context = rest.at(-1);
    return typeof context === 'string' && CHATTY_CONTEXTS.has(context);
  }
}
