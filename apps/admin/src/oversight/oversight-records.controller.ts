import { Controller, Get, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { OversightAuditResponse } from '@herald/contracts';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { AuditorGuard } from './auditor.guard';
import { oversightAuditEvent } from './oversight-audit-events';
import { apiQuery, OversightFilters, oversightFilters, pagination, selectItems } from './oversight-filters';
import { monthText, outcomeText } from './oversight-labels';

type QueryValues = Record<string, string | string[] | undefined>;

const AUDIT_FILTERS = ['serviceId', 'action', 'userId', 'from', 'to'] as const;

/** The audit log across services (auditors' own page views included) and the aggregate figures. */
@UseGuards(AuditorGuard)
@Controller('oversight')
export class OversightRecordsController {
  @Get('audit')
  async audit(@Req() request: AdminRequest, @Res() reply: AdminReply, @Query() query: QueryValues) {
    const filters = oversightFilters(query, AUDIT_FILTERS);
    const log = await request.apiClient.oversight.audit(apiQuery(filters));
    return reply.code(filters.errors ? 400 : 200).view('oversight/audit.njk', auditView(log, filters));
  }

  @Get('figures')
  async figures(@Req() request: AdminRequest, @Res() reply: AdminReply) {
    const figures = await request.apiClient.oversight.figures();
    return reply.view('oversight/figures.njk', {
      since: figures.since,
      months: figures.months.map((m) => ({ ...m, monthText: monthText(m.month) })),
      lookupsByRegister: figures.lookupsByRegister.map((l) => ({ ...l, outcomeText: outcomeText(l.outcome) })),
    });
  }
}

function auditView(log: OversightAuditResponse, filters: OversightFilters) {
  const values = filters.values;
  return {
    values,
    errors: filters.errors,
    events: log.events.map(oversightAuditEvent),
    serviceOptions: selectItems(
      'All services',
      log.services.map((s) => ({ value: s.id, text: s.name })),
      values.serviceId,
    ),
    userOptions: selectItems(
      'All users',
      log.users.map((u) => ({ value: u.id, text: `${u.name} (${u.emailAddress})` })),
      values.userId,
    ),
    actionOptions: selectItems(
      'All actions',
      log.actions.map((a) => ({ value: a, text: a })),
      values.action,
    ),
    page: log.page,
    filtered: Object.values(values).some((v) => v !== ''),
    ...pagination('/oversight/audit', values, log.page, log.hasNextPage),
  };
}
