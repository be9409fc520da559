import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { TwilioStatusService } from './twilio-status.service';

interface WebhookRequest {
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
}

/** Twilio posts each status change of a text we sent here (application/x-www-form-urlencoded). */
@Controller('webhooks/twilio/status')
export class TwilioStatusController {
  constructor(private readonly receipts: TwilioStatusService) {}

  @Post(':notificationId')
  @HttpCode(204)
  async receive(@Param('notificationId') notificationId: string, @Req() request: WebhookRequest): Promise<void> {
    const signature = request.headers['x-twilio-signature'];
    await this.receipts.receive(notificationId, {
      url: request.url,
      signature: Array.isArray(signature) ? signature[0] : signature,
      body: asText(request.body),
    });
  }
}

// Every body reaches the API as text (create-api-app's catch-all parser), the form included.
function asText(body: unknown): string {
  return Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : '';
}
