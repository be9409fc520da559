export { OutboxEmailProvider } from './email/outbox/outbox-email.provider';
export { SimulatedEmailProvider } from './email/simulated/simulated-email.provider';
export { SmtpEmailProvider } from './email/smtp/smtp-email.provider';
export { ProvidersModule } from './providers.module';
