import { Get, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentUser, InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { ApiKeysService } from './api-keys.service';

@InternalController('services/:serviceId/api/keys')
@RequirePermission('manage_api_keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Get()
  list(@Param('serviceId') serviceId: string) {
    return this.apiKeys.list(serviceId);
  }

  /** The only response that ever holds the key's secret. */
  @Post()
  @HttpCode(201)
  create(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @InternalBody() body: Record<string, unknown>) {
    return this.apiKeys.create(user, serviceId, body);
  }

  @Get(':keyId')
  get(@Param('serviceId') serviceId: string, @Param('keyId') keyId: string) {
    return this.apiKeys.get(serviceId, keyId);
  }

  @Post(':keyId/revoke')
  @HttpCode(200)
  revoke(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @Param('keyId') keyId: string) {
    return this.apiKeys.revoke(user, serviceId, keyId);
  }
}
