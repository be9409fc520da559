import { randomUUID } from 'node:crypto';
import type { NewNotification, TemplateVersion } from '@herald/domain';
import type { MessageAttemptFacts, SendingKey } from '../send-command';

/** What a command says about any notification it makes, whatever the channel. */
export interface CommandFacts {
  readonly service: { readonly id: string };
  readonly key: SendingKey;
  readonly reference: string | null;
  readonly job?: { readonly id: string; readonly row: number };
  readonly attempt?: MessageAttemptFacts;
}

/** The fields every new notification shares: a fresh id, who sent it, from which template version, for which row. */
export function notificationFields(
  command: CommandFacts,
  template: Pick<TemplateVersion, 'id' | 'version'>,
): Pick<
  NewNotification,
  | 'id'
  | 'serviceId'
  | 'templateId'
  | 'templateVersion'
  | 'apiKeyId'
  | 'keyType'
  | 'createdById'
  | 'clientReference'
  | 'createdAt'
  | 'jobId'
  | 'jobRowNumber'
  | 'messageId'
  | 'letterFormat'
> {
  const { attempt } = command;
  return {
    id: attempt?.notificationId ?? randomUUID(),
    serviceId: command.service.id,
    templateId: template.id,
    templateVersion: template.version,
    apiKeyId: command.key.apiKeyId,
    keyType: command.key.keyType,
    createdById: command.key.createdById,
    clientReference: command.reference,
    createdAt: new Date(),
    ...(command.job ? { jobId: command.job.id, jobRowNumber: command.job.row } : {}),
    ...(attempt ? { messageId: attempt.messageId, ...(attempt.letterFormat === 'standard' ? {} : { letterFormat: attempt.letterFormat }) } : {}),
  };
}
