import { Injectable } from '@nestjs/common';
import type { MeMessage } from '@herald/contracts';
import type { MessageChannel, PublishedVariant, RetentionDays, TemplateSetVersion } from '@herald/domain';
import { DataRetentionRepository, RecipientMessageRow, TemplateRepository } from '@herald/persistence';
import { renderEmailBody, renderEmailSubject, renderSms } from '@herald/templating';

export type MessageContent = Pick<MeMessage, 'content' | 'content_note'>;

/**
 * A message's content as the service wrote it, while Herald keeps it (R-TR-1, R-TR-2): the
 * variant of the channel that delivered it (else the first tried, else the first variant), from
 * the pinned hidden template, filled as the v2 API fills `body` and `subject`. Once the content is
 * purged, a note of how long the service keeps it instead.
 */
@Injectable()
export class MessageContentReader {
  constructor(
    private readonly templates: TemplateRepository,
    private readonly retention: DataRetentionRepository,
  ) {}

  /** `retentionOf` is shared by one request's messages, so each service's retention is read once. */
  async read(
    row: RecipientMessageRow,
    version: TemplateSetVersion | null,
    retentionOf: (serviceId: string) => Promise<RetentionDays>,
  ): Promise<MessageContent> {
    const variant = version ? contentVariant(row, version) : null;
    if (!variant) return { content: null, content_note: null };
    if (row.personalisation === null) {
      const days = (await retentionOf(row.serviceId))[variant.channel];
      return { content: null, content_note: `deleted after ${days} days` };
    }
    const template = await this.templates.findVersion(row.serviceId, variant.templateId, variant.templateVersion);
    const source = { subject: template?.subject ?? variant.subject, content: template?.content ?? variant.content };
    return { content: render(variant.channel, source, row.personalisation), content_note: null };
  }

  /** A retention reader for one request. */
  retentionReader(): (serviceId: string) => Promise<RetentionDays> {
    const seen = new Map<string, Promise<RetentionDays>>();
    return (serviceId) => {
      if (!seen.has(serviceId)) seen.set(serviceId, this.retention.forService(serviceId));
      return seen.get(serviceId)!;
    };
  }
}

function contentVariant(row: RecipientMessageRow, version: TemplateSetVersion): PublishedVariant | null {
  const tried = row.routePlan.find((s) => s.channel === row.deliveredVia) ?? row.routePlan.find((s) => s.decision === 'attempted');
  if (!tried) return version.variants[0] ?? null;
  const onChannel = version.variants.filter((v) => v.channel === tried.channel);
  return onChannel.find((v) => v.language === tried.language) ?? onChannel[0] ?? version.variants[0] ?? null;
}

function render(
  channel: MessageChannel,
  source: { subject: string | null; content: string },
  personalisation: Readonly<Record<string, unknown>>,
): MeMessage['content'] {
  const values = { ...personalisation };
  if (channel === 'sms') return { subject: null, body: renderSms(source.content, values, { prefix: null }).body };
  return { subject: source.subject === null ? null : renderEmailSubject(source.subject, values), body: renderEmailBody(source.content, values) };
}
