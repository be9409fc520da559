import type { Provider } from '@nestjs/common';
import { HERALD_CONFIG, HeraldConfig } from '@herald/config';
import { LETTER_PROVIDER, LetterProvider } from '@herald/domain';
import { HeraldMetrics } from '@herald/metrics';
import { metered } from '../metered-provider';
import { OutboxLetterProvider } from './outbox/outbox-letter.provider';
import { SftpPrintProvider } from './sftp/sftp-print.provider';

/** The print provider: SFTP when PRINT_SFTP_URL is set, otherwise the outbox. Also used outside Nest (`herald letters print-now`). */
export function letterProviderFor(config: HeraldConfig): LetterProvider {
  return config.print.sftp ? new SftpPrintProvider(config.print.sftp) : new OutboxLetterProvider(config.outboxDir);
}

/** In the worker, each print batch sent is timed and counted (the CLI's `letters print-now` uses letterProviderFor as it is). */
export const LETTER_PROVIDER_BINDINGS: Provider[] = [
  {
    provide: LETTER_PROVIDER,
    inject: [HERALD_CONFIG, HeraldMetrics],
    useFactory: (config: HeraldConfig, metrics: HeraldMetrics) => metered(letterProviderFor(config), 'sendBatch', 'letter', metrics),
  },
];

export const LETTER_PROVIDER_EXPORTS = [LETTER_PROVIDER];
