import { Module } from '@nestjs/common';
import { QueueModule } from '@herald/queue';
import { LimitsRedis } from '@herald/redis';
import { RecipientAllowances } from './context/recipient-allowances';
import { SendingContexts } from './context/sending-contexts.service';
import { SettingsRelay } from './context/settings-relay';
import { DailyLimits } from './limits/daily-limits.service';
import { NotificationSender } from './notification-sender.service';
import { NotificationWriter } from './persist/notification-writer';
import { AttemptMaker } from './messages/attempt-maker';
import { MessageAcceptor } from './messages/message-acceptor.service';
import { MessageRouter } from './messages/message-router.service';
import { MessageCanceller } from './messages/message-canceller.service';
import { ContactCheck } from './messages/contact-check.service';
import { PreferenceGate } from './messages/preference-gate';
import { IdentifierCheck } from './messages/identifier-check';
import { MessageLookup } from './messages/message-lookup.service';
import { UndeliverableReporter } from './messages/undeliverable-reporter';
import { RegistersModule } from '@herald/registers';

/** The one way a notification is made (NotificationSender, and for bulk rows SendingContexts + NotificationWriter), and omnichannel messages (MessageAcceptor, MessageRouter). */
@Module({
  imports: [QueueModule, RegistersModule],
  providers: [
    LimitsRedis,
    DailyLimits,
    RecipientAllowances,
    SendingContexts,
    SettingsRelay,
    NotificationWriter,
    NotificationSender,
    AttemptMaker,
    MessageAcceptor,
    MessageRouter,
    MessageCanceller,
    ContactCheck,
    PreferenceGate,
    IdentifierCheck,
    MessageLookup,
    UndeliverableReporter,
  ],
  exports: [LimitsRedis, DailyLimits, SendingContexts, NotificationWriter, NotificationSender, MessageAcceptor, MessageRouter, MessageCanceller, ContactCheck],
})
export class SendingModule {}
