import type { DestinationStream } from 'pino';
import { nestLogLevels } from '@herald/config';
import { QuietNestLogger } from './quiet-nest-logger';

function aQuietLogger(level: 'log' | 'debug'): { logger: QuietNestLogger; messages: () => string[] } {
  const written: string[] = [];
  const destination: DestinationStream = { write: (line: string) => void written.push(line) };
  const logger = new QuietNestLogger({ format: 'json', logLevels: nestLogLevels(level), app: 'herald', destination });
  return { logger, messages: () => written.map((line) => (JSON.parse(line) as { msg: string }).msg) };
}

describe("the embedded start's logger", () => {
  it("keeps Nest's start-up chatter, request lines and each send's line out of the default output", () => {
    const { logger, messages } = aQuietLogger('log');
    logger.log('ApiModule dependencies initialized', 'InstanceLoader');
    logger.log('POST /v2/notifications/email 201 12 ms', 'Request');
    logger.log('Notification 1 handed to outbox (reference x): delivered', 'EmailDeliveryService');
    logger.error('listen EADDRINUSE', undefined, 'NestApplication');
    logger.log('Herald is running', 'Herald');
    logger.warn('Notification 1 ends as technical-failure', 'EmailDeliveryService');

    expect(messages()).toEqual(['Herald is running', 'Notification 1 ends as technical-failure']);
  });

  it('shows them at LOG_LEVEL=debug', () => {
    const { logger, messages } = aQuietLogger('debug');
    logger.log('POST /v2/notifications/email 201 12 ms', 'Request');

    expect(messages()).toEqual(['POST /v2/notifications/email 201 12 ms']);
  });
});
