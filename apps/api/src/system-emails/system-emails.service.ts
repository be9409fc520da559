import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Service, TemplateVersion } from '@herald/domain';
import { ServiceRepository, TemplateRepository } from '@herald/persistence';
import { NotificationSender, type SendCommand } from '@herald/sending';
import { loadSystemTemplates, SystemTemplate, SystemTemplateKey } from './system-templates';

/** The platform's own service: it sends sign-in codes, invitations and the confirmations of a person's changed choices. */
export const PLATFORM_SERVICE_NAME = 'Herald';

interface Ready {
  readonly service: Service;
  readonly templates: ReadonlyMap<string, TemplateVersion>;
}

/** Where a system message goes: an email address, a phone number, or a postal address (`address_line_1..7`). */
export type SystemRecipient = { readonly emailAddress: string } | { readonly phoneNumber: string } | { readonly address: Readonly<Record<string, string>> };

/**
 * Emails (and the few texts and letters) Herald sends itself, through the sending library like any
 * other: stored as a notification of the platform service (personalisation encrypted at rest), then
 * its id queued. They never count towards a daily limit.
 * The platform service and its templates (from templates/system) are made on start, idempotently.
 */
@Injectable()
export class SystemEmails implements OnApplicationBootstrap {
  private readonly logger = new Logger(SystemEmails.name);
  private ready?: Promise<Ready>;

  constructor(
    private readonly services: ServiceRepository,
    private readonly templates: TemplateRepository,
    private readonly sender: NotificationSender,
  ) {}

  /** Ready before the first sign-in; a database not yet migrated only delays this until the first system email. */
  async onApplicationBootstrap(): Promise<void> {
    await this.prepare().catch((error: unknown) => this.logger.warn(`The platform service is not ready yet: ${(error as Error).message}`));
  }

  /** Returns the notification id. Never logs the personalisation (it holds codes and links). */
  send(key: SystemTemplateKey, emailAddress: string, personalisation: Record<string, string>, createdById: string | null = null): Promise<string> {
    return this.sendTo(key, { emailAddress }, personalisation, createdById);
  }

  /** The template's channel must match the recipient's kind (an email address for an email template...). Returns the notification id. */
  async sendTo(
    key: SystemTemplateKey,
    recipient: SystemRecipient,
    personalisation: Readonly<Record<string, unknown>>,
    createdById: string | null = null,
  ): Promise<string> {
    const { service, templates } = await this.prepare();
    const template = templates.get(key);
    if (!template) throw new Error(`No system template templates/system/${key}.md`);
    const base = {
      source: 'system' as const,
      service,
      key: { keyType: 'normal' as const, apiKeyId: null, createdById },
      templateId: template.id,
      templateVersion: template.version,
      personalisation,
      reference: null,
    };
    const command: SendCommand =
      'emailAddress' in recipient
        ? { ...base, channel: 'email', emailAddress: recipient.emailAddress }
        : 'phoneNumber' in recipient
          ? { ...base, channel: 'sms', phoneNumber: recipient.phoneNumber }
          : { ...base, channel: 'letter', personalisation: { ...personalisation, ...recipient.address } };
    if (command.channel !== template.type) throw new Error(`The system template ${key} is a ${template.type} template, not a ${command.channel}`);
    const result = await this.sender.send(command);
    if (!result.ok) throw new Error(`Cannot send the system ${template.type} ${key}: ${result.problems[0].message}`);
    return result.composed.notification.id;
  }

  /** The platform service's id (made on first use). */
  async platformServiceId(): Promise<string> {
    return (await this.prepare()).service.id;
  }

  private prepare(): Promise<Ready> {
    this.ready ??= this.makeReady().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async makeReady(): Promise<Ready> {
    const service = await this.platformService();
    const current = await this.templates.listCurrent(service.id);
    const synced = new Map<string, TemplateVersion>();
    for (const wanted of loadSystemTemplates()) {
      synced.set(
        wanted.key,
        await this.sync(
          service.id,
          wanted,
          current.find((t) => t.name === wanted.name && t.type === wanted.type),
        ),
      );
    }
    return { service, templates: synced };
  }

  private async platformService(): Promise<Service> {
    const existing = await this.services.findByName(PLATFORM_SERVICE_NAME);
    if (existing) return existing;
    try {
      return await this.services.create({ name: PLATFORM_SERVICE_NAME, restricted: false });
    } catch (error) {
      // Another instance starting at the same moment made it first.
      const made = await this.services.findByName(PLATFORM_SERVICE_NAME);
      if (made) return made;
      throw error;
    }
  }

  /** A changed file becomes a new version of the template; an unchanged one is left alone. */
  private async sync(serviceId: string, wanted: SystemTemplate, existing: TemplateVersion | undefined): Promise<TemplateVersion> {
    if (!existing) return this.templates.create(serviceId, { name: wanted.name, type: wanted.type, subject: wanted.subject, content: wanted.content });
    if (existing.subject === wanted.subject && existing.content === wanted.content) return existing;
    const updated = await this.templates.update(serviceId, existing.id, { subject: wanted.subject, content: wanted.content });
    return updated ?? existing;
  }
}
