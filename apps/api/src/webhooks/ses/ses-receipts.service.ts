import { Injectable, Logger } from '@nestjs/common';
import { ReceiptsService, sesReceipt } from '@herald/receipts';
import { authError, badRequest } from '../../errors/notify-error';
import { parseSnsMessage, SnsMessage } from './sns-message';
import { SnsSignatureVerifier } from './sns-signature-verifier';

const CONFIRM_TIMEOUT_MS = 5000;

/**
 * Amazon SES receipts delivered by SNS. Nothing is read before the signature is checked; then an
 * SES event becomes a receipt for applyReceipt (libs/receipts). A subscription is confirmed only
 * when its URL is Amazon's (https, *.amazonaws.com); otherwise the operator is told in the log.
 * Logs name message and notification ids, never addresses.
 */
@Injectable()
export class SesReceiptsService {
  private readonly logger = new Logger(SesReceiptsService.name);

  constructor(
    private readonly verifier: SnsSignatureVerifier,
    private readonly receipts: ReceiptsService,
  ) {}

  async receive(body: string): Promise<void> {
    const message = parseSnsMessage(body);
    if (!message) throw badRequest('Not an Amazon SNS message');
    if (!(await this.verifier.isValid(message))) throw authError('Invalid SNS signature');
    if (message.Type === 'SubscriptionConfirmation') return this.confirm(message);
    if (message.Type === 'UnsubscribeConfirmation') {
      this.logger.warn(`SNS topic ${message.TopicArn} unsubscribed this endpoint`);
      return;
    }
    await this.apply(message);
  }

  private async apply(message: SnsMessage): Promise<void> {
    const receipt = sesReceipt(message.Message);
    if (!receipt) {
      this.logger.log(`SNS message ${message.MessageId} is no delivery, bounce or complaint of an email of ours; ignored`);
      return;
    }
    await this.receipts.applyReceipt(receipt);
  }

  private async confirm(message: SnsMessage): Promise<void> {
    const url = new URL(message.SubscribeURL!);
    if (url.protocol !== 'https:' || !url.hostname.endsWith('.amazonaws.com')) {
      this.logger.warn(`SNS subscription to ${message.TopicArn} not confirmed: its SubscribeURL is not Amazon's. Confirm it by hand if it is expected.`);
      return;
    }
    const response = await fetch(url, { signal: AbortSignal.timeout(CONFIRM_TIMEOUT_MS), redirect: 'error' });
    this.logger.log(`SNS subscription to ${message.TopicArn} ${response.ok ? 'confirmed' : `not confirmed (HTTP ${response.status})`}`);
  }
}
