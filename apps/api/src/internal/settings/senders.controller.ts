import { Delete, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentUser, InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { SendersService } from './senders.service';

/** Reply-to addresses, text message senders and letter contact blocks. */
@InternalController('services/:serviceId/settings')
@RequirePermission('manage_service')
export class SendersController {
  constructor(private readonly senders: SendersService) {}

  @Post('reply-to')
  addReplyTo(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @InternalBody() body: Record<string, unknown>) {
    return this.senders.addReplyTo(user, serviceId, body);
  }

  @Post('reply-to/:replyToId/default')
  @HttpCode(204)
  makeReplyToDefault(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @Param('replyToId') id: string) {
    return this.senders.makeReplyToDefault(user, serviceId, id);
  }

  @Delete('reply-to/:replyToId')
  @HttpCode(204)
  removeReplyTo(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @Param('replyToId') id: string) {
    return this.senders.removeReplyTo(user, serviceId, id);
  }

  @Post('sms-senders')
  addSmsSender(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @InternalBody() body: Record<string, unknown>) {
    return this.senders.addSmsSender(user, serviceId, body);
  }

  @Post('sms-senders/:smsSenderId/default')
  @HttpCode(204)
  makeSmsSenderDefault(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @Param('smsSenderId') id: string) {
    return this.senders.makeSmsSenderDefault(user, serviceId, id);
  }

  @Delete('sms-senders/:smsSenderId')
  @HttpCode(204)
  removeSmsSender(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @Param('smsSenderId') id: string) {
    return this.senders.removeSmsSender(user, serviceId, id);
  }

  @Post('letter-contacts')
  addLetterContact(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @InternalBody() body: Record<string, unknown>) {
    return this.senders.addLetterContact(user, serviceId, body);
  }

  @Post('letter-contacts/:letterContactId/default')
  @HttpCode(204)
  makeLetterContactDefault(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @Param('letterContactId') id: string) {
    return this.senders.makeLetterContactDefault(user, serviceId, id);
  }

  @Delete('letter-contacts/:letterContactId')
  @HttpCode(204)
  removeLetterContact(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @Param('letterContactId') id: string) {
    return this.senders.removeLetterContact(user, serviceId, id);
  }
}
