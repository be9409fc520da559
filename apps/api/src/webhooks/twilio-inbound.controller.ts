import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { InboundSmsService } from './inbound-sms.service';

/** The empty TwiML answer: Herald never replies to a text by text. */
export const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

interface WebhookRequest {
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
}

/** Twilio posts each text sent to an inbound number here (application/x-www-form-urlencoded). */
@Controller('webhooks/twilio')
export class TwilioInboundController {
  constructor(private readonly inbound: InboundSmsService) {}

  @Post('inbound')
  @HttpCode(200)
  async receive(@Req() request: WebhookRequest, @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown }): Promise<string> {
    const signature = request.headers['x-twilio-signature'];
    await this.inbound.receive({ url: request.url, signature: Array.isArray(signature) ? signature[0] : signature, body: asText(request.body) });
    // Set only on success: errors leave in Notify's JSON envelope.
    reply.header('Content-Type', 'text/xml; charset=utf-8');
    return EMPTY_TWIML;
  }
}

// Every body reaches the API as text (create-api-app's catch-all parser), the form included.
function asText(body: unknown): string {
  return Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : '';
}
