import { Controller, Get, HttpCode, NotFoundException, Param, Post, Req, UseGuards } from '@nestjs/common';
import { EmailNotificationCreated, NotificationListResponse, NotificationResponse } from '@herald/contracts';
import { AuthenticatedKey } from '../auth/api-key-authenticator';
import { ApiKey, ApiKeyGuard } from '../auth/api-key.guard';
import { RateLimited } from '../limits/rate-limit.guard';
import { NotifyBody } from '../validation/notify-body.decorator';
import { NotificationQueryService } from './notification-query.service';
import { SendEmailService } from './send-email.service';

@Controller('v2/notifications')
@UseGuards(ApiKeyGuard)
export class NotificationsController {
  constructor(
    private readonly sendEmail: SendEmailService,
    private readonly query: NotificationQueryService,
  ) {}

  @Post('email')
  @RateLimited('email')
  @HttpCode(201)
  email(@ApiKey() key: AuthenticatedKey, @NotifyBody() body: unknown): Promise<EmailNotificationCreated> {
    return this.sendEmail.send(key, body);
  }

  /** Notify routes a POST to any /v2/notifications/<type> (so it is not a 405) and answers a type it does not know 404. */
  @Post(':notificationType')
  unknownType(): never {
    throw new NotFoundException();
  }

  @Get()
  list(@ApiKey() key: AuthenticatedKey, @Req() request: { url: string }): Promise<NotificationListResponse> {
    return this.query.list(key, new URL(request.url, 'http://herald').searchParams);
  }

  @Get(':notificationId')
  get(@ApiKey() key: AuthenticatedKey, @Param('notificationId') id: string): Promise<NotificationResponse> {
    return this.query.getById(key, id);
  }
}
