import { Body, Controller, Get, NotFoundException, Param, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { PlatformSmsProvider } from '@herald/contracts';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { PlatformAdminGuard } from './platform-admin.guard';
import { platformFiguresView } from './platform-figures.view';

/** The platform dashboard, its figures alone (for the refresh script) and the SMS provider switches (switching off the last one asks first). */
@UseGuards(PlatformAdminGuard)
@Controller('platform')
export class PlatformDashboardController {
  @Get()
  home(@Res() reply: AdminReply) {
    return reply.redirect('/platform/services', 303);
  }

  @Get('dashboard')
  async show(@Req() request: AdminRequest, @Res() reply: AdminReply, @Query('switched') switched?: string, @Query('enabled') enabled?: string) {
    const view = platformFiguresView(await request.apiClient.platform.dashboard());
    const known = switched && view.figures.smsProviders.some((p) => p.name === switched);
    return reply.view('platform/dashboard.njk', { view, switched: known ? { name: switched, enabled: enabled === 'true' } : null });
  }

  /** An HTML fragment: the figures region of the dashboard, swapped in every few seconds. */
  @Get('dashboard/figures')
  async figures(@Req() request: AdminRequest, @Res() reply: AdminReply) {
    return reply.view('platform/figures.njk', { view: platformFiguresView(await request.apiClient.platform.dashboard()) });
  }

  /** Switching off the last provider that is on asks first (texts would wait); any other switch is one step. */
  @Post('sms-providers/:name/switch')
  async switchSmsProvider(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('name') name: string,
    @Body() form: { enabled?: string; confirmed?: string },
  ) {
    const switchingOff = form.enabled !== 'true';
    if (switchingOff && form.confirmed !== 'yes' && isLastOn((await request.apiClient.platform.dashboard()).smsProviders, name)) {
      return reply.redirect(`/platform/sms-providers/${encodeURIComponent(name)}/switch-off`, 303);
    }
    const { enabled } = await request.apiClient.platform.switchSmsProvider(name, !switchingOff);
    return reply.redirect(`/platform/dashboard?switched=${encodeURIComponent(name)}&enabled=${enabled}`, 303);
  }

  /** "Are you sure you want to switch off …?", warning when it is the last provider on; nothing changes until its form is posted. */
  @Get('sms-providers/:name/switch-off')
  async confirmSwitchOff(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('name') name: string) {
    const providers = (await request.apiClient.platform.dashboard()).smsProviders;
    const provider = providers.find((p) => p.name === name);
    if (!provider) throw new NotFoundException();
    return reply.view('platform/sms-provider-switch-off.njk', { provider, last: isLastOn(providers, name) });
  }
}

/** True when `name` is the only text message provider switched on. */
function isLastOn(providers: readonly PlatformSmsProvider[], name: string): boolean {
  const on = providers.filter((p) => p.enabled);
  return on.length === 1 && on[0].name === name;
}
