import { Get, Param, Query } from '@nestjs/common';
import { CurrentUser, InternalController, PlatformAdminOnly } from '../auth/internal-auth.decorators';
import type { SignedInUser } from '../auth/signed-in-user';
import { OrganisationsService } from './organisations.service';

/** Organisations and their services; who may see one is decided in `OrganisationsService.show`. */
@InternalController('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @PlatformAdminOnly()
  list() {
    return this.organisations.list();
  }

  @Get(':organisation')
  show(@CurrentUser() user: SignedInUser, @Param('organisation') organisation: string, @Query('year') year?: string) {
    return this.organisations.show(user, organisation, year);
  }
}
