import { Get, HttpCode, Post } from '@nestjs/common';
import { CurrentUser, InternalController, PlatformAdminOnly } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { PlatformRolesService } from './platform-roles.service';

/** Platform-wide roles: who is a platform admin or an auditor; platform admins grant and remove the auditor role. */
@InternalController('platform/roles')
@PlatformAdminOnly()
export class PlatformRolesController {
  constructor(private readonly roles: PlatformRolesService) {}

  @Get()
  list() {
    return this.roles.list();
  }

  @Post('auditor')
  @HttpCode(200)
  setAuditor(@CurrentUser() user: SignedInUser, @InternalBody() body: Record<string, unknown>) {
    return this.roles.setAuditor(user, body);
  }
}
