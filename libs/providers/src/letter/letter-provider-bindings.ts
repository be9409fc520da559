import type { Provider } from '@nestjs/common';
import { HERALD_CONFIG, HeraldConfig } from '@herald/config';
import { LETTER_PROVIDER, LetterProvider } from '@herald/domain';
import { OutboxLetterProvider } from './outbox/outbox-letter.provider';
import { SftpPrintProvider } from './sftp/sftp-print.provider';

/** The print provider: SFTP when PRINT_SFTP_URL is set, otherwise the outbox. Also used outside Nest (`herald letters print-now`). */
export function letterProviderFor(config: HeraldConfig): LetterProvider {
  return config.print.sftp ? new SftpPrintProvider(config.print.sftp) : new OutboxLetterProvider(config.outboxDir);
}

export const LETTER_PROVIDER_BINDINGS: Provider[] = [{ provide: LETTER_PROVIDER, inject: [HERALD_CONFIG], useFactory: letterProviderFor }];

export const LETTER_PROVIDER_EXPORTS = [LETTER_PROVIDER];
