import { Get, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentUser, InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { SendOneService } from './send-one.service';
import { SendableTemplates } from './sendable-templates.service';

/** Sending one message from a template. */
@InternalController('services/:serviceId/send')
@RequirePermission('send_messages')
export class SendController {
  constructor(
    private readonly sendable: SendableTemplates,
    private readonly sendOne: SendOneService,
  ) {}

  @Get('templates')
  templates(@Param('serviceId') serviceId: string) {
    return this.sendable.list(serviceId);
  }

  @Get('notifications/:notificationId')
  notification(@Param('serviceId') serviceId: string, @Param('notificationId') notificationId: string) {
    return this.sendOne.notification(serviceId, notificationId);
  }

  @Get(':templateId')
  template(@Param('serviceId') serviceId: string, @Param('templateId') templateId: string) {
    return this.sendable.describe(serviceId, templateId);
  }

  @Post(':templateId/preview')
  @HttpCode(200)
  preview(@Param('serviceId') serviceId: string, @Param('templateId') templateId: string, @InternalBody() body: Record<string, unknown>) {
    return this.sendOne.preview(serviceId, templateId, body);
  }

  @Post(':templateId')
  @HttpCode(201)
  send(
    @CurrentUser() user: SignedInUser,
    @Param('serviceId') serviceId: string,
    @Param('templateId') templateId: string,
    @InternalBody() body: Record<string, unknown>,
  ) {
    return this.sendOne.send(user, serviceId, templateId, body);
  }
}
