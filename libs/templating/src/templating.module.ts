import { Module } from '@nestjs/common';
import { EmailRenderer } from './email-renderer';
import { LetterPdfRenderer } from './letter-pdf-renderer';

/** Provides the EmailRenderer, whose layouts are compiled once for the whole application. */
@Module({
  providers: [
    { provide: EmailRenderer, useFactory: () => new EmailRenderer() },
    { provide: LetterPdfRenderer, useFactory: () => new LetterPdfRenderer() },
  ],
  exports: [EmailRenderer, LetterPdfRenderer],
})
export class TemplatingModule {}
