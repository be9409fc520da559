import { DynamicModule, Inject, Module, OnApplicationShutdown, Type } from '@nestjs/common';
import { HERALD_CONFIG, HeraldConfig } from '@herald/config';
import { EMAIL_PROVIDER, EmailProvider, SIMULATED_EMAIL_PROVIDER } from '@herald/domain';
import { HeraldMetrics, MetricsModule } from '@herald/metrics';
import { metered } from './metered-provider';
import { OutboxEmailProvider } from './email/outbox/outbox-email.provider';
import { SimulatedEmailProvider } from './email/simulated/simulated-email.provider';
import { SmtpEmailProvider } from './email/smtp/smtp-email.provider';
import { SMS_PROVIDER_BINDINGS, SMS_PROVIDER_EXPORTS } from './sms/sms-provider-bindings';
import { LETTER_PROVIDER_BINDINGS, LETTER_PROVIDER_EXPORTS } from './letter/letter-provider-bindings';

/** The configured email provider before it is metered (EMAIL_PROVIDER is the metered one). */
const CONFIGURED_EMAIL_PROVIDER = Symbol('CONFIGURED_EMAIL_PROVIDER');

/**
 * Binds each channel port to the provider the configuration asks for (use ProvidersModule.withSmsHealth),
 * each metered: every call is timed and counted by outcome (libs/metrics).
 */
@Module({
  imports: [MetricsModule],
  providers: [
    {
      provide: CONFIGURED_EMAIL_PROVIDER,
      inject: [HERALD_CONFIG],
      useFactory: (config: HeraldConfig) =>
        config.smtpUrl
          ? new SmtpEmailProvider(config.smtpUrl, config.emailDomain, {
              bounceDomain: config.receipts.bounceDomain,
              deliveredOnAccept: config.receipts.smtpDeliveredOnAccept,
              maxConnections: config.smtpMaxConnections,
            })
          : new OutboxEmailProvider(config.outboxDir, config.emailDomain),
    },
    {
      provide: EMAIL_PROVIDER,
      inject: [CONFIGURED_EMAIL_PROVIDER, HeraldMetrics],
      useFactory: (provider: EmailProvider, metrics: HeraldMetrics) => metered(provider, 'send', 'email', metrics),
    },
    {
      provide: SIMULATED_EMAIL_PROVIDER,
      inject: [HeraldMetrics],
      useFactory: (metrics: HeraldMetrics) => metered(new SimulatedEmailProvider(), 'send', 'email', metrics),
    },
    ...SMS_PROVIDER_BINDINGS,
    ...LETTER_PROVIDER_BINDINGS,
  ],
  exports: [EMAIL_PROVIDER, SIMULATED_EMAIL_PROVIDER, ...SMS_PROVIDER_EXPORTS, ...LETTER_PROVIDER_EXPORTS],
})
export class ProvidersModule implements OnApplicationShutdown {
  constructor(@Inject(EMAIL_PROVIDER) private readonly email: EmailProvider) {}

  /**
   * The providers, with the module that binds SMS_PROVIDER_HEALTH (the SMS providers' shared
   * health; libs/redis's SmsProviderHealthModule in the worker, which this lib may not import).
   */
  static withSmsHealth(healthModule: Type | DynamicModule): DynamicModule {
    return { module: ProvidersModule, imports: [healthModule] };
  }

  /** Closes pooled SMTP connections so a worker stops promptly. */
  onApplicationShutdown(): void {
    if (this.email instanceof SmtpEmailProvider) this.email.close();
  }
}
