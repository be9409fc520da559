import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ukSpreadsheetTime } from '@herald/contracts';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { activityFilters } from './activity-filters';
import { activityView, notificationView } from './activity-view';
import { MessagePreviews } from '../previews/message-previews';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

/** A service's notifications: search and filters (a GET form), 50 a page or all as CSV, and each one's details and history. */
@RequiresPermission('view_dashboard')
@Controller('services/:serviceId')
export class ActivityController {
  constructor(private readonly previews: MessagePreviews) {}

  @Get('activity')
  async search(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Query() query: Record<string, string | string[]>,
  ) {
    const filters = activityFilters(query);
    if (filters.errors) return reply.code(400).view('activity/index.njk', activityView(serviceId, filters, null));
    return reply.view('activity/index.njk', activityView(serviceId, filters, await request.apiClient.activity.search(serviceId, filters.search)));
  }

  /** The same search as a CSV file: every message it finds, streamed from the API. */
  @Get('activity.csv')
  async download(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Query() query: Record<string, string | string[]>,
  ) {
    const filters = activityFilters(query);
    if (filters.errors) return reply.code(400).view('activity/index.njk', activityView(serviceId, filters, null));
    const response = await request.apiClient.activity.download(serviceId, filters.search);
    const body = response.body ? Readable.fromWeb(response.body as WebReadableStream<Uint8Array>) : Readable.from([]);
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${downloadName(new Date())}"`)
      .send(body);
  }

  @Get('notifications/:notificationId')
  async show(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('notificationId') notificationId: string) {
    const notification = await request.apiClient.activity.notification(serviceId, notificationId);
    const messagePreview = await this.previews.ofNotification(request.apiClient, serviceId, notification);
    return reply.view('activity/notification.njk', { ...notificationView(serviceId, notification), messagePreview });
  }

  /** `:letterId`, not `:notificationId`: only a letter's notification has a PDF. */
  @Get('notifications/:letterId/letter.pdf')
  async letterPdf(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('letterId') letterId: string) {
    const pdf = await request.apiClient.activity.letterPdf(serviceId, letterId);
    return reply.type('application/pdf').header('content-disposition', 'inline; filename="letter.pdf"').send(pdf.body);
  }
}

/** `activity-2026-12-05.csv`: the UK day it was downloaded. */
const downloadName = (at: Date): string => `activity-${ukSpreadsheetTime(at).slice(0, 10)}.csv`;
