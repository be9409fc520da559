import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { formErrors, formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { assistedChangeOf, lookupOf, preferencesView } from './preference-form';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

type Form = Record<string, string | string[] | undefined>;
const pagePath = (serviceId: string): string => `/services/${encodeURIComponent(serviceId)}/recipient-preferences`;

/** Service staff look a person up by email or phone and record a choice made on the phone or at a counter (R-PR-5). */
@RequiresPermission('send_messages')
@Controller('services/:serviceId/recipient-preferences')
export class RecipientPreferencesController {
  @Get()
  async show(
    @Req() request: AdminRequest,
    @Res() reply: AdminReply,
    @Param('serviceId') serviceId: string,
    @Query('recipient') recipient?: string,
    @Query('done') done?: string,
  ) {
    const wanted = (recipient ?? '').trim();
    if (!wanted) return reply.view('preferences/recipient.njk', { recipient: '', done: undefined });
    try {
      const found = await request.apiClient.preferences.show(serviceId, lookupOf(wanted));
      return reply.view('preferences/recipient.njk', { recipient: wanted, done, ...preferencesView(found) });
    } catch (error) {
      if (!formErrorsOf(error)) throw error;
      const errors = formErrors([{ field: 'recipient', message: 'Enter an email address or a UK mobile number, like name@example.com or 07700 900123' }]);
      return reply.code(400).view('preferences/recipient.njk', { recipient: wanted, errors });
    }
  }

  /** Post/redirect/get: the page shows the recorded change with a success banner. */
  @Post()
  async record(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Body() form: Form) {
    const change = assistedChangeOf(form);
    const recipient = String(form.recipient ?? '').trim();
    try {
      await request.apiClient.preferences.recordAssisted(serviceId, change);
      return reply.redirect(`${pagePath(serviceId)}?${new URLSearchParams({ recipient, done: 'recorded' }).toString()}`, 303);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      const found = await request.apiClient.preferences.show(serviceId, lookupOf(recipient));
      const list = errors.list.map((e) => ({ text: e.text, href: '#scope' }));
      return reply.code(400).view('preferences/recipient.njk', {
        recipient,
        ...preferencesView(found),
        errors: { list, byField: { scope: { text: list.map((e) => e.text).join('. ') } } },
      });
    }
  }
}
