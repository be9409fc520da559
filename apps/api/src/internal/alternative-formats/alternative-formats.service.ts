import { Injectable } from '@nestjs/common';
import type { AlternativeFormatListView, AlternativeFormatView } from '@herald/contracts';
import { AlternativeFormatItem, AlternativeFormatRepository, AuditRepository, ServiceRepository } from '@herald/persistence';
import { badRequest, noResultFound } from '../../errors/notify-error';
import type { SignedInUser } from '../auth/signed-in-user';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The operators' queue of letters to produce in braille, audio or easy read (R-LF-5). */
@Injectable()
export class AlternativeFormatsService {
  constructor(
    private readonly queue: AlternativeFormatRepository,
    private readonly services: ServiceRepository,
    private readonly audit: AuditRepository,
  ) {}

  async open(): Promise<AlternativeFormatListView> {
    const items = await this.queue.open(100);
    const names = new Map<string, string>();
    for (const serviceId of new Set(items.map((i) => i.serviceId))) {
      names.set(serviceId, (await this.services.findById(serviceId))?.name ?? 'Unknown service');
    }
    return { alternative_formats: items.map((item) => present(item, names.get(item.serviceId) ?? 'Unknown service')) };
  }

  /** Records who produced the format; its attempt becomes delivered (it went out by hand). */
  async markDone(user: SignedInUser, notificationId: string): Promise<AlternativeFormatView> {
    const item = UUID.test(notificationId) ? await this.queue.find(notificationId) : null;
    if (!item) throw noResultFound();
    if (!(await this.queue.markDone(notificationId, user.id))) {
      throw badRequest('This alternative format is already done, or its message was cancelled');
    }
    await this.audit.record({
      userId: user.id,
      serviceId: item.serviceId,
      action: 'alternative-format.done',
      subject: notificationId,
      details: { format: item.format, messageId: item.messageId, producedBy: user.name },
    });
    const done = await this.queue.find(notificationId);
    const service = await this.services.findById(item.serviceId);
    return present(done ?? item, service?.name ?? 'Unknown service');
  }
}

function present(item: AlternativeFormatItem, serviceName: string): AlternativeFormatView {
  return {
    notification_id: item.notificationId,
    service: { id: item.serviceId, name: serviceName },
    message_id: item.messageId,
    format: item.format,
    rendered_text: item.renderedText,
    created_at: item.createdAt.toISOString(),
    done_by: item.doneById,
    done_at: item.doneAt?.toISOString() ?? null,
  };
}
