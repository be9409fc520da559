import { HeraldLogger } from '@herald/logging';

/**
 * Nest's own start-up chatter: a line per module ("dependencies initialized") and per route
 * ("Mapped {…}"), about 300 lines for the three apps; and the lines a production log collector
 * wants for every HTTP request answered (`Request`) and every email or text handed to a provider.
 * They are shown at LOG_LEVEL=debug.
 */
const CHATTY_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
  'Request',
  'EmailDeliveryService',
  'SmsDeliveryService',
]);

/**
 * The embedded start's logger: Herald's logger (LOG_FORMAT, LOG_LEVEL) with that chatter moved
 * down to debug (a warning from those contexts still shows). NestApplication's error on a failed listen()
 * goes to debug too: the launcher reports that failure itself, naming the setting to change.
 */
export class QuietNestLogger extends HeraldLogger {
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
