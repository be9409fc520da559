import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { GuestListView } from '@herald/contracts';
import { formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

/** Notify's guest list page: five email addresses and five phone numbers. */
const FIELDS_PER_TYPE = 5;

/** The guest list, replaced whole from a form of numbered fields (`email_address_1` …). */
@RequiresPermission('manage_api_keys')
@Controller('services/:serviceId/api/guest-list')
export class GuestListController {
  @Get()
  async form(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Query('saved') saved?: string) {
    const list = await request.apiClient.apiIntegration.guestList(serviceId);
    return reply.view('api-integration/guest-list.njk', { fields: fieldsOf(list), saved: saved === '1' });
  }

  @Post()
  async replace(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Body() form: Record<string, unknown>) {
    const list = listOf(form);
    try {
      await request.apiClient.apiIntegration.replaceGuestList(serviceId, list);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply.code(400).view('api-integration/guest-list.njk', { fields: fieldsOf(list), errors });
    }
    return reply.redirect(`/services/${encodeURIComponent(serviceId)}/api/guest-list?saved=1`, 303);
  }
}

function listOf(form: Record<string, unknown>): GuestListView {
  const values = (prefix: string) =>
    Array.from({ length: FIELDS_PER_TYPE }, (_, i) => form[`${prefix}_${i + 1}`]).map((v) => (typeof v === 'string' ? v.trim() : ''));
  return { email_addresses: values('email_address'), phone_numbers: values('phone_number') };
}

/** Field values by name, blanks included, so errors stay on the field they belong to. */
function fieldsOf(list: GuestListView): { emails: string[]; phones: string[] } {
  const padded = (values: string[]) => Array.from({ length: FIELDS_PER_TYPE }, (_, i) => values[i] ?? '');
  return { emails: padded(list.email_addresses), phones: padded(list.phone_numbers) };
}
