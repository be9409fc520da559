import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

const OUTCOMES: Readonly<Record<string, string>> = {
  found: 'Found',
  not_found: 'Not found',
  declined: 'Declined by the person',
  unavailable: 'Register unavailable',
};

const FIELDS: Readonly<Record<string, string>> = {
  email_address: 'email address',
  phone_number: 'phone number',
  address: 'postal address',
  language: 'language',
  format_needs: 'format needs',
  permissions: 'permissions',
};

/** A service's own look-ups in registers (its purpose log, R-OO-3): what was asked, why and what came back, never of whom. */
@RequiresPermission('view_dashboard')
@Controller('services/:serviceId/lookups')
export class ServiceLookupsController {
  @Get()
  async list(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Query('page') page?: string) {
    const found = await request.apiClient.registers.lookups(serviceId, Math.max(1, Number(page) || 1));
    const lastPage = Math.max(1, Math.ceil(found.total / found.pageSize));
    return reply.view('registers/lookups.njk', {
      lookups: found.lookups.map((l) => ({
        ...l,
        outcomeText: OUTCOMES[l.outcome] ?? l.outcome,
        requestedText: fieldList(l.fieldsRequested),
        returnedText: fieldList(l.fieldsReturned),
      })),
      total: found.total,
      page: found.page,
      previousPage: found.page > 1 ? found.page - 1 : null,
      nextPage: found.page < lastPage ? found.page + 1 : null,
    });
  }
}

function fieldList(fields: readonly string[]): string {
  return fields.length ? fields.map((f) => FIELDS[f] ?? f).join(', ') : 'none';
}
