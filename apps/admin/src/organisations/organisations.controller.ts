import { Controller, Get, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { PlatformAdminGuard } from '../platform/platform-admin.guard';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { organisationView } from './organisation-view';

/**
 * Organisations: the list with their services (platform admins, in the platform pages), and one
 * organisation's services, usage and team (also the members of its services; the API decides).
 */
@Controller()
export class OrganisationsController {
  @Get('platform/organisations')
  @UseGuards(PlatformAdminGuard)
  async list(@Req() request: AdminRequest, @Res() reply: AdminReply) {
    return reply.view('organisations/list.njk', { listing: await request.apiClient.organisations.list() });
  }

  @Get('organisations/:organisation')
  async show(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('organisation') organisation: string, @Query('year') year?: string) {
    return reply.view('organisations/organisation.njk', organisationView(await request.apiClient.organisations.show(organisation, year)));
  }
}
