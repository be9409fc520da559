import type { ServiceRepository } from '@herald/persistence';

/** Who sent a message or asked a register, as the person sees it. */
export interface MessageSender {
  /** The organisation (department) the service sends for; null when it has none. */
  readonly organisation: string | null;
  readonly service: string;
}

/** The services one request names, each read once. */
export class ServiceNames {
  private readonly seen = new Map<string, Promise<MessageSender>>();

  constructor(private readonly services: ServiceRepository) {}

  of(serviceId: string): Promise<MessageSender> {
    let found = this.seen.get(serviceId);
    if (!found) {
      found = this.services
        .findById(serviceId)
        .then((service) => ({ organisation: service?.organisation ?? null, service: service?.name ?? 'A service that has closed' }));
      this.seen.set(serviceId, found);
    }
    return found;
  }
}
