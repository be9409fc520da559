import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { validateEmailAddress } from '@herald/domain';
import { NotificationRepository, ServiceRepository, TemplateRepository, TemplateVersion } from '@herald/persistence';
import { DeliveryQueue } from '@herald/queue';
import { loadSystemTemplates, SystemTemplate, SystemTemplateKey } from './system-templates';

/** The platform's own service: it sends sign-in codes and invitations. */
export const PLATFORM_SERVICE_NAME = 'Herald';

interface Ready {
  readonly serviceId: string;
  readonly templates: ReadonlyMap<string, TemplateVersion>;
}

/**
 * Emails Herald sends to its own users, through the normal pipeline: stored as a notification of
 * the platform service (personalisation encrypted at rest like any other), then its id queued.
 * The platform service and its templates (from templates/system) are made on start, idempotently.
 */
@Injectable()
export class SystemEmails implements OnApplicationBootstrap {
  private readonly logger = new Logger(SystemEmails.name);
  private ready?: Promise<Ready>;

  constructor(
    private readonly services: ServiceRepository,
    private readonly templates: TemplateRepository,
    private readonly notifications: NotificationRepository,
    private readonly queue: DeliveryQueue,
  ) {}

  /** Ready before the first sign-in; a database not yet migrated only delays this until the first system email. */
  async onApplicationBootstrap(): Promise<void> {
    await this.prepare().catch((error: unknown) => this.logger.warn(`The platform service is not ready yet: ${(error as Error).message}`));
  }

  /** Returns the notification id. Never logs the personalisation (it holds codes and links). */
  async send(key: SystemTemplateKey, emailAddress: string, personalisation: Record<string, string>, createdById: string | null = null): Promise<string> {
    const { serviceId, templates } = await this.prepare();
    const template = templates.get(key);
    if (!template) throw new Error(`No system template templates/system/${key}.md`);
    const recipient = validateEmailAddress(emailAddress);
    if (!recipient.ok) throw new Error(`Cannot send a system email to an invalid address: ${recipient.message}`);
    const id = randomUUID();
    await this.notifications.insert({
      id, serviceId, templateId: template.id, templateVersion: template.version, apiKeyId: null, keyType: 'normal', type: 'email',
      recipient: recipient.address, normalisedRecipient: recipient.normalised, personalisation, clientReference: null, replyTo: null,
      oneClickUnsubscribeUrl: null, createdById, createdAt: new Date(),
    });
    await this.queue.tryEnqueueEmail({ notificationId: id, serviceId });
    return id;
  }

  /** The platform service's id (made on first use). */
  async platformServiceId(): Promise<string> {
    return (await this.prepare()).serviceId;
  }

  private prepare(): Promise<Ready> {
    this.ready ??= this.makeReady().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async makeReady(): Promise<Ready> {
    const serviceId = await this.platformService();
    const current = await this.templates.listCurrent(serviceId, 'email');
    const synced = new Map<string, TemplateVersion>();
    for (const wanted of loadSystemTemplates()) {
      synced.set(wanted.key, await this.sync(serviceId, wanted, current.find((t) => t.name === wanted.name)));
    }
    return { serviceId, templates: synced };
  }

  private async platformService(): Promise<string> {
    const existing = await this.services.findByName(PLATFORM_SERVICE_NAME);
    if (existing) return existing.id;
    try {
      return (await this.services.create({ name: PLATFORM_SERVICE_NAME, restricted: false })).id;
    } catch (error) {
      // Another instance starting at the same moment made it first.
      const made = await this.services.findByName(PLATFORM_SERVICE_NAME);
      if (made) return made.id;
      throw error;
    }
  }

  /** A changed file becomes a new version of the template; an unchanged one is left alone. */
  private async sync(serviceId: string, wanted: SystemTemplate, existing: TemplateVersion | undefined): Promise<TemplateVersion> {
    if (!existing) return this.templates.create(serviceId, { name: wanted.name, type: 'email', subject: wanted.subject, content: wanted.content });
    if (existing.subject === wanted.subject && existing.content === wanted.content) return existing;
    const updated = await this.templates.update(serviceId, existing.id, { subject: wanted.subject, content: wanted.content });
    return updated ?? existing;
  }
}
