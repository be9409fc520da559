import { Controller, Get, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { AuditorGuard } from './auditor.guard';
import { apiQuery, oversightFilters } from './oversight-filters';
import { channelText, outcomeText } from './oversight-labels';
import { entryView, PURPOSE_LOG_FILTERS, purposeLogView } from './purpose-log.view';

type QueryValues = Record<string, string | string[] | undefined>;

/**
 * Independent oversight for auditors (and platform admins): the purpose log across services, one
 * look-up, and the service that asked. Every page asks the API once, and the API records the view.
 * The service page's id is not `:serviceId`, which would ask for membership of the service.
 */
@UseGuards(AuditorGuard)
@Controller('oversight')
export class OversightController {
  @Get()
  async home(@Req() request: AdminRequest, @Res() reply: AdminReply) {
    return reply.view('oversight/home.njk', { summary: await request.apiClient.oversight.summary() });
  }

  @Get('purpose-log')
  async purposeLog(@Req() request: AdminRequest, @Res() reply: AdminReply, @Query() query: QueryValues) {
    const filters = oversightFilters(query, PURPOSE_LOG_FILTERS);
    const log = await request.apiClient.oversight.purposeLog(apiQuery(filters));
    return reply.code(filters.errors ? 400 : 200).view('oversight/purpose-log.njk', purposeLogView(log, filters));
  }

  @Get('purpose-log/:entryId')
  async entry(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('entryId') entryId: string) {
    const found = await request.apiClient.oversight.purposeLogEntry(entryId);
    return reply.view('oversight/entry.njk', { ...found, entry: entryView(found.entry) });
  }

  @Get('services/:auditedServiceId')
  async service(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('auditedServiceId') serviceId: string) {
    const found = await request.apiClient.oversight.service(serviceId);
    return reply.view('oversight/service.njk', {
      ...found,
      lookups: found.lookupsByOutcome.map((l) => ({ ...l, outcomeText: outcomeText(l.outcome) })),
      notifications: found.notificationsByChannel.map((n) => ({ ...n, channelText: channelText(n.channel) })),
    });
  }
}
