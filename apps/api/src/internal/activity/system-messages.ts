import { Injectable } from '@nestjs/common';
import { ServiceRepository } from '@herald/persistence';
import { PLATFORM_SERVICE_NAME } from '../../system-emails/system-emails.service';

/**
 * What Herald sends itself (sign-in codes, invitations, password resets, confirmations) is stored
 * as notifications of the platform service. They hold codes and links, so no activity page,
 * notification page, message page or download shows them, to anyone; operators see only that
 * one was sent and its status (the platform's "Find a notification").
 */
@Injectable()
export class SystemMessages {
  private platformServiceId: string | null = null;

  constructor(private readonly services: ServiceRepository) {}

  /** True for the platform service, whose every notification is a system message. */
  async hiddenFrom(serviceId: string): Promise<boolean> {
    // The platform service is made once, on the first start: its id is kept once found.
    this.platformServiceId ??= (await this.services.findByName(PLATFORM_SERVICE_NAME))?.id ?? null;
    return serviceId === this.platformServiceId;
  }
}
