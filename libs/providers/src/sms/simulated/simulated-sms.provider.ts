import { NotificationStatus, OutboundSms, ProviderAcceptance, SmsProvider } from '@herald/domain';

/** Notify's simulated outcomes by the end of the number (docs/api-contract.md §9); anything else is delivered. */
const OUTCOMES: ReadonlyArray<readonly [string, NotificationStatus]> = [
  ['7700900003', 'temporary-failure'],
  ['7700900002', 'permanent-failure'],
];

/** Test keys: nothing leaves Herald; the outcome is Notify's simulated one for the number. */
export class SimulatedSmsProvider implements SmsProvider {
  readonly name = 'simulated';

  async send(sms: OutboundSms): Promise<ProviderAcceptance> {
    const status = OUTCOMES.find(([ending]) => sms.to.endsWith(ending))?.[1] ?? 'delivered';
    return { provider: this.name, reference: `simulated-${sms.notificationId}`, status };
  }
}
