import { Controller, Get, Req, UseGuards } from '@nestjs/common';
import { ReceivedTextMessagesResponse } from '@herald/contracts';
import { AuthenticatedKey } from '../auth/api-key-authenticator';
import { ApiKey, ApiKeyGuard } from '../auth/api-key.guard';
import { ReceivedTextQueryService } from './received-text-query.service';

@Controller('v2/received-text-messages')
@UseGuards(ApiKeyGuard)
export class ReceivedTextMessagesController {
  constructor(private readonly query: ReceivedTextQueryService) {}

  @Get()
  list(@ApiKey() key: AuthenticatedKey, @Req() request: { url: string }): Promise<ReceivedTextMessagesResponse> {
    return this.query.list(key.service.id, new URL(request.url, 'http://herald').searchParams);
  }
}
