import { Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { CurrentUser, InternalController, RequirePermission } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import { SignedInUser } from '../auth/signed-in-user';
import { TeamService } from './team.service';

/** A service's team page: members and their permissions, invitations. Managers of the service only. */
@InternalController('services/:serviceId/team')
@RequirePermission('manage_service')
export class TeamController {
  constructor(private readonly team: TeamService) {}

  @Get()
  list(@Param('serviceId') serviceId: string, @CurrentUser() user: SignedInUser) {
    return this.team.list(serviceId, user);
  }

  @Post('invitations')
  invite(@Param('serviceId') serviceId: string, @CurrentUser() user: SignedInUser, @InternalBody() body: Record<string, unknown>) {
    return this.team.invite(serviceId, user, body);
  }

  @Delete('invitations/:invitationId')
  @HttpCode(204)
  cancelInvitation(@Param('serviceId') serviceId: string, @Param('invitationId') invitationId: string, @CurrentUser() user: SignedInUser): Promise<void> {
    return this.team.cancelInvitation(serviceId, invitationId, user);
  }

  @Get('members/:userId')
  member(@Param('serviceId') serviceId: string, @Param('userId') userId: string, @CurrentUser() user: SignedInUser) {
    return this.team.member(serviceId, userId, user);
  }

  @Put('members/:userId/permissions')
  @HttpCode(204)
  setPermissions(
    @Param('serviceId') serviceId: string,
    @Param('userId') userId: string,
    @CurrentUser() user: SignedInUser,
    @InternalBody() body: Record<string, unknown>,
  ): Promise<void> {
    return this.team.setPermissions(serviceId, userId, user, body);
  }

  @Delete('members/:userId')
  @HttpCode(204)
  remove(@Param('serviceId') serviceId: string, @Param('userId') userId: string, @CurrentUser() user: SignedInUser): Promise<void> {
    return this.team.remove(serviceId, userId, user);
  }
}
