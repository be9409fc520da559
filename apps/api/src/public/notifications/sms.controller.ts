import { Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { SmsNotificationCreated } from '@herald/contracts';
import { AuthenticatedKey } from '../auth/api-key-authenticator';
import { ApiKey, ApiKeyGuard } from '../auth/api-key.guard';
import { RateLimited } from '../limits/rate-limit.guard';
import { NotifyBody } from '../validation/notify-body.decorator';
import { SendSmsService } from './send-sms.service';

@Controller('v2/notifications')
@UseGuards(ApiKeyGuard)
export class SmsController {
  constructor(private readonly sendSms: SendSmsService) {}

  @Post('sms')
  @RateLimited('sms')
  @HttpCode(201)
  sms(@ApiKey() key: AuthenticatedKey, @NotifyBody() body: unknown): Promise<SmsNotificationCreated> {
    return this.sendSms.send(key, body);
  }
}
