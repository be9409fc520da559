import { Module } from '@nestjs/common';
import { EmailRenderer } from './email-renderer';

@Module({
  providers: [{ provide: EmailRenderer, useFactory: () => new EmailRenderer() }],
  exports: [EmailRenderer],
})
export class TemplatingModule {}
