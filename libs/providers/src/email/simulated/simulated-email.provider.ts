import { EmailProvider, NotificationStatus, OutboundEmail, ProviderAcceptance } from '@herald/domain';

const OUTCOMES: Record<string, NotificationStatus> = {
  'temp-fail@simulator.notify': 'temporary-failure',
  'perm-fail@simulator.notify': 'permanent-failure',
};

/** Test keys: nothing leaves Herald; the outcome is Notify's simulated one for the address. */
export class SimulatedEmailProvider implements EmailProvider {
  readonly name = 'simulated';

  async send(email: OutboundEmail): Promise<ProviderAcceptance> {
    const status = OUTCOMES[email.to.trim().toLowerCase()] ?? 'delivered';
    return { provider: this.name, reference: `simulated-${email.notificationId}`, status };
  }
}
