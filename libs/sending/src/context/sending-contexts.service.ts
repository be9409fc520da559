import { Injectable } from '@nestjs/common';
import { Service, TemplateVersion } from '@herald/domain';
import { CachedSettings, TemplateRepository } from '@herald/persistence';
import type { SendCommand, SendingKey } from '../send-command';
import { RecipientAllowances } from './recipient-allowances';
import { ChosenSetting, SendingContext } from './sending-context';

const DEFAULT: ChosenSetting = { known: true, value: null };

/**
 * Loads what the sending rules need for one command, or once for every row of a bulk send: the
 * current template version and the sender settings from memory (CachedSettings), a pinned version
 * from the database.
 */
@Injectable()
export class SendingContexts {
  constructor(
    private readonly settings: CachedSettings,
    private readonly templates: TemplateRepository,
    private readonly allowances: RecipientAllowances,
  ) {}

  async forCommand(command: SendCommand): Promise<SendingContext> {
    const { service } = command;
    const [template, allowance, replyTo, smsSender] = await Promise.all([
      this.template(service.id, command.templateId, command.templateVersion),
      this.allowances.load(service, command.key.keyType),
      command.channel === 'email' ? this.replyTo(service.id, command.replyToId) : DEFAULT,
      command.channel === 'sms' ? this.smsSender(service.id, command.smsSenderId) : DEFAULT,
    ]);
    return { template, allowance, replyTo, smsSender };
  }

  /** For a bulk send: its pinned template version and the service's defaults, shared by every row. */
  async forBulkSend(service: Service, template: TemplateVersion, key: SendingKey): Promise<SendingContext> {
    const [allowance, replyTo, smsSender] = await Promise.all([
      this.allowances.load(service, key.keyType),
      template.type === 'email' ? this.replyTo(service.id, undefined) : DEFAULT,
      template.type === 'sms' ? this.smsSender(service.id, undefined) : DEFAULT,
    ]);
    return { template, allowance, replyTo, smsSender };
  }

  private template(serviceId: string, templateId: string, version: number | undefined): Promise<TemplateVersion | null> {
    const id = templateId.toLowerCase();
    return version === undefined ? this.settings.currentTemplate(serviceId, id) : this.templates.findVersion(serviceId, id, version);
  }

  private async replyTo(serviceId: string, id: string | undefined): Promise<ChosenSetting> {
    if (id === undefined) return { known: true, value: (await this.settings.replyTo(serviceId))?.emailAddress ?? null };
    const chosen = await this.settings.replyTo(serviceId, id.toLowerCase());
    return chosen ? { known: true, value: chosen.emailAddress } : { known: false };
  }

  private async smsSender(serviceId: string, id: string | undefined): Promise<ChosenSetting> {
    if (id === undefined) return { known: true, value: (await this.settings.smsSender(serviceId))?.smsSender ?? null };
    const chosen = await this.settings.smsSender(serviceId, id.toLowerCase());
    return chosen ? { known: true, value: chosen.smsSender } : { known: false };
  }
}
