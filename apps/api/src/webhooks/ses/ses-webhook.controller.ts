import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { SesReceiptsService } from './ses-receipts.service';

/** Amazon SNS posts SES delivery, bounce and complaint notifications here (JSON sent as text/plain). */
@Controller('webhooks/ses')
export class SesWebhookController {
  constructor(private readonly receipts: SesReceiptsService) {}

  @Post()
  @HttpCode(204)
  async receive(@Req() request: { body?: unknown }): Promise<void> {
    await this.receipts.receive(asText(request.body));
  }
}

// Every body reaches the API as text (create-api-app's catch-all parser).
function asText(body: unknown): string {
  return Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : '';
}
