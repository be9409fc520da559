import { Controller, Get, Res } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import type { AdminReply } from '../session/admin-request';
import { PublicPage } from '../session/public-page.decorator';
import { statusGuidancePage } from './delivery-status-guidance';

/** Herald's own guidance, readable signed out: formatting, trial mode and what each delivery status means. */
@Controller('guidance')
@PublicPage()
export class GuidanceController {
  constructor(@InjectConfig() private readonly config: HeraldConfig) {}

  @Get()
  index(@Res() reply: AdminReply) {
    return reply.view('guidance/index.njk', {});
  }

  @Get('formatting')
  formatting(@Res() reply: AdminReply) {
    return reply.view('guidance/formatting.njk', {});
  }

  @Get('trial-mode')
  trialMode(@Res() reply: AdminReply) {
    return reply.view('guidance/trial-mode.njk', {});
  }

  @Get('delivery-statuses')
  deliveryStatuses(@Res() reply: AdminReply) {
    return reply.view('guidance/delivery-statuses.njk', statusGuidancePage(this.config.print));
  }
}
