import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { MessagePreviews } from '../previews/message-previews';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { statusTag } from '../activity/notification-labels';
import { replyTo } from './reply-to-conversation';
import { sendFields, sendFormErrors, sendValues } from './send-form';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

/**
 * Sending one message: choose a template, fill in the recipient and placeholders, check the preview,
 * send. A reply to a received text (`?conversation=`) offers text message templates and fills in the number.
 */
@RequiresPermission('send_messages')
@Controller('services/:serviceId/send')
export class SendController {
  constructor(private readonly previews: MessagePreviews) {}

  @Get()
  async choose(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Query('conversation') conversation?: string) {
    const replying = await replyTo(request.apiClient, serviceId, conversation);
    const templates = await request.apiClient.send.templates(serviceId);
    return reply.view('send/choose.njk', { templates: replying ? templates.filter((t) => t.type === 'sms') : templates, replying });
  }

  @Get('notifications/:notificationId')
  async sent(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('notificationId') notificationId: string) {
    const notification = await request.apiClient.send.notification(serviceId, notificationId);
    return reply.view('send/sent.njk', { notification, tag: statusTag(notification.type, notification.status, notification.nextPrintRun) });
  }

  @Get(':templateId')
  async template(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @Query('conversation') conversation?: string,
  ) {
    const replying = await replyTo(request.apiClient, serviceId, conversation);
    return reply.view('send/template.njk', { template: await request.apiClient.send.template(serviceId, templateId), replying });
  }

  @Get(':templateId/one')
  async form(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @Query('conversation') conversation?: string,
  ) {
    const template = await request.apiClient.send.template(serviceId, templateId);
    const replying = template.type === 'sms' ? await replyTo(request.apiClient, serviceId, conversation) : null;
    const values = replying ? { [template.recipientFields[0]]: replying.phoneNumber } : {};
    return reply.view('send/one.njk', { template, fields: sendFields(template), values, replying });
  }

  /** Checks the values and shows the message as it will be sent (or the form again with its errors). */
  @Post(':templateId/one')
  async check(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @Body() form: Record<string, unknown>,
  ) {
    const template = await request.apiClient.send.template(serviceId, templateId);
    const values = sendValues(template, form);
    try {
      const preview = await request.apiClient.send.preview(serviceId, templateId, values);
      const messagePreview = await this.previews.ofSendCheck(request.apiClient, serviceId, template, values, preview);
      return reply.view('send/check.njk', { template, fields: sendFields(template), values, preview, messagePreview });
    } catch (error) {
      const errors = sendFormErrors(error, sendFields(template), values);
      if (!errors) throw error;
      return reply.code(400).view('send/one.njk', { template, fields: sendFields(template), values, errors });
    }
  }

  @Post(':templateId/one/send')
  async send(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @Body() form: Record<string, unknown>,
  ) {
    const template = await request.apiClient.send.template(serviceId, templateId);
    const values = sendValues(template, form);
    try {
      const { notificationId } = await request.apiClient.send.send(serviceId, templateId, values);
      return reply.redirect(`/services/${encodeURIComponent(serviceId)}/send/notifications/${encodeURIComponent(notificationId)}`, 303);
    } catch (error) {
      const errors = sendFormErrors(error, sendFields(template), values);
      if (!errors) throw error;
      return reply.code(400).view('send/one.njk', { template, fields: sendFields(template), values, errors });
    }
  }
}
