import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { InternalApiError } from '@herald/contracts';
import { formErrorsOf, FormErrors } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { describePermissions, permissionItems, permissionsFromForm } from './permission-options';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

const teamPath = (serviceId: string): string => `/services/${encodeURIComponent(serviceId)}/team`;

/** The team page: members and what each may do, invitations, changing permissions and removing members. */
@RequiresPermission('manage_service')
@Controller('services/:serviceId/team')
export class TeamController {
  @Get()
  async list(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Query('done') done?: string) {
    const team = await request.apiClient.team.team(serviceId);
    return reply.view('team/index.njk', {
      done: DONE_MESSAGES[done ?? ''] ?? null,
      members: team.members.map((m) => ({ ...m, described: describePermissions(m.permissions) })),
      invitations: team.invitations.map((i) => ({ ...i, described: describePermissions(i.permissions) })),
    });
  }

  @Get('invite')
  inviteForm(@Res() reply: AdminReply) {
    return reply.view('team/invite.njk', { permissionItems: permissionItems([]), values: {} });
  }

  @Post('invite')
  async invite(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Body() form: Record<string, unknown>) {
    const values = { emailAddress: String(form.emailAddress ?? '').trim(), permissions: permissionsFromForm(form.permissions) };
    try {
      await request.apiClient.team.invite(serviceId, values);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply.code(400).view('team/invite.njk', { permissionItems: permissionItems(values.permissions), values, errors });
    }
    return reply.redirect(`${teamPath(serviceId)}?done=invited`, 303);
  }

  @Post('invitations/:invitationId/cancel')
  async cancelInvitation(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('invitationId') invitationId: string,
  ) {
    await request.apiClient.team.cancelInvitation(serviceId, invitationId);
    return reply.redirect(`${teamPath(serviceId)}?done=cancelled`, 303);
  }

  @Get('members/:userId')
  async editForm(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('userId') userId: string) {
    const member = await request.apiClient.team.member(serviceId, userId);
    return reply.view('team/member.njk', { member, permissionItems: permissionItems(member.permissions) });
  }

  @Post('members/:userId')
  async edit(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Param('userId') userId: string,
    @Body() form: Record<string, unknown>,
  ) {
    const permissions = permissionsFromForm(form.permissions);
    try {
      await request.apiClient.team.setPermissions(serviceId, userId, permissions);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      const member = await request.apiClient.team.member(serviceId, userId);
      return reply.code(400).view('team/member.njk', { member, permissionItems: permissionItems(permissions), errors });
    }
    return reply.redirect(`${teamPath(serviceId)}?done=updated`, 303);
  }

  @Get('members/:userId/remove')
  async removeForm(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('userId') userId: string) {
    const member = await request.apiClient.team.member(serviceId, userId);
    return reply.view('team/remove.njk', { member });
  }

  @Post('members/:userId/remove')
  async remove(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Param('userId') userId: string) {
    try {
      await request.apiClient.team.removeMember(serviceId, userId);
    } catch (error) {
      if (!(error instanceof InternalApiError) || error.status !== 400) throw error;
      const member = await request.apiClient.team.member(serviceId, userId);
      const text = error.problems[0]?.message ?? 'This team member cannot be removed';
      const errors: FormErrors = { list: [{ text, href: '#remove' }], byField: {} };
      return reply.code(400).view('team/remove.njk', { member, errors });
    }
    return reply.redirect(`${teamPath(serviceId)}?done=removed`, 303);
  }
}

const DONE_MESSAGES: Readonly<Record<string, string>> = {
  invited: 'Invitation sent',
  cancelled: 'Invitation cancelled',
  updated: 'Permissions updated',
  removed: 'Team member removed',
};
