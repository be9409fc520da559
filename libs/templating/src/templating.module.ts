import { Module } from '@nestjs/common';
import { EmailRenderer } from './email-renderer';

/** Provides the EmailRenderer, whose layouts are compiled once for the whole application. */
@Module({
  providers: [{ provide: EmailRenderer, useFactory: () => new EmailRenderer() }],
  exports: [EmailRenderer],
})
export class TemplatingModule {}
