import { Get, Param, Put } from '@nestjs/common';
import { CheckRulesAdministration } from '@herald/administration';
import { CurrentUser, InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { checkRulesJson, ruleChangesOf } from './check-rules.presenter';

/** R-CK: the service's content check rules; any member may look, changing them needs manage_service. */
@InternalController('services/:serviceId/settings/check-rules')
export class CheckRulesController {
  constructor(private readonly rules: CheckRulesAdministration) {}

  @Get()
  async get(@Param('serviceId') serviceId: string) {
    return checkRulesJson(await this.rules.get(serviceId));
  }

  @Put()
  @RequirePermission('manage_service')
  async update(@CurrentUser() user: SignedInUser, @Param('serviceId') serviceId: string, @InternalBody() body: Record<string, unknown>) {
    return checkRulesJson(await this.rules.update(user, serviceId, ruleChangesOf(body)));
  }
}
