import { Controller, Delete, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import type { MessageBody } from '@herald/domain';
import { AuthenticatedKey } from '../auth/api-key-authenticator';
import { ApiKey, ApiKeyGuard } from '../auth/api-key.guard';
import { RateLimited } from '../limits/rate-limit.guard';
import { NotifyBody } from '../validation/notify-body.decorator';
import { MessagesService } from './messages.service';

/** Omnichannel messages, under Herald's own prefix so they never collide with a Notify path. Same keys and JWT as v2. */
@Controller('herald/v1/messages')
@UseGuards(ApiKeyGuard)
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Post()
  @RateLimited()
  @HttpCode(201)
  send(@ApiKey() key: AuthenticatedKey, @NotifyBody() body: unknown): Promise<MessageBody> {
    return this.messages.send(key, body);
  }

  @Get(':messageId')
  get(@ApiKey() key: AuthenticatedKey, @Param('messageId') id: string): Promise<MessageBody> {
    return this.messages.get(key, id);
  }

  @Delete(':messageId/pending')
  @HttpCode(200)
  cancelPending(@ApiKey() key: AuthenticatedKey, @Param('messageId') id: string): Promise<{ cancelled_attempt_ids: string[] }> {
    return this.messages.cancelPending(key, id);
  }
}
