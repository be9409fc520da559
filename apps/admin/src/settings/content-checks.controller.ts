import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { CheckRulesChange } from '@herald/contracts';
import { formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { settingsPath } from './manage-service';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

/** R-CK: the Content checks page: for each check, whether it is an error, a warning or off for this service's templates. */
@RequiresPermission('manage_service')
@Controller('services/:serviceId/settings/content-checks')
export class ContentChecksController {
  @Get()
  async form(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string) {
    const { rules } = await request.apiClient.settings.checkRules(serviceId);
    return reply.view('settings/content-checks.njk', { rules, values: Object.fromEntries(rules.map((r) => [r.rule, r.severity])) });
  }

  @Post()
  async save(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Body() form: Record<string, unknown>) {
    const { rules } = await request.apiClient.settings.checkRules(serviceId);
    // Only the checks the page shows, as the radios sent them; a missing choice is the API's to name.
    const change: CheckRulesChange = Object.fromEntries(rules.map((r) => [r.rule, typeof form[r.rule] === 'string' ? form[r.rule] : '']));
    try {
      await request.apiClient.settings.updateCheckRules(serviceId, change);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply.code(400).view('settings/content-checks.njk', { rules, values: change, errors });
    }
    return reply.redirect(settingsPath(serviceId, '?saved=content-checks'), 303);
  }
}
