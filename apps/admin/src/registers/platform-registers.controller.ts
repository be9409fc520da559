import { Body, Controller, Get, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { FormErrors, formErrors, formErrorsOf } from '../forms/form-errors';
import { PlatformAdminGuard } from '../platform/platform-admin.guard';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { parsedSettings } from './settings-field';

type Form = Record<string, string | undefined>;

const DONE: Readonly<Record<string, string>> = {
  saved: 'Register saved',
  granted: 'Purpose granted',
  revoked: 'Purpose revoked',
};

/** Operators' Registers page (R-OO): the registers, each one's grants, and forms to add a register and grant or revoke a purpose. */
@UseGuards(PlatformAdminGuard)
@Controller('platform/registers')
export class PlatformRegistersController {
  @Get()
  async list(@Req() request: AdminRequest, @Res() reply: AdminReply, @Query('done') done?: string) {
    return this.page(request, reply, { banner: DONE[done ?? ''] ?? null });
  }

  @Post()
  async save(@Req() request: AdminRequest, @Res() reply: AdminReply, @Body() form: Form) {
    const values = { name: form.name ?? '', adapter: form.adapter ?? '', settings: form.settings ?? '' };
    const settings = parsedSettings(values.settings);
    if (settings === undefined) {
      const errors = formErrors([{ field: 'settings', message: 'Enter the settings as a JSON object, for example {"schemes": ["nino"], "people": []}' }]);
      return this.page(request, reply, { registerValues: values, registerErrors: errors }, 400);
    }
    try {
      await request.apiClient.registers.save({ name: values.name.trim(), adapter: values.adapter, settings, blankTokenKeepsCurrent: true });
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return this.page(request, reply, { registerValues: values, registerErrors: errors }, 400);
    }
    return reply.redirect('/platform/registers?done=saved', 303);
  }

  @Post('grant')
  async grant(@Req() request: AdminRequest, @Res() reply: AdminReply, @Body() form: Form) {
    const values = {
      register: form.register ?? '',
      serviceId: form.serviceId ?? '',
      purpose: form.purpose ?? '',
      citizenLabel: form.citizenLabel ?? '',
      reportUndeliverable: form.reportUndeliverable === 'yes',
    };
    const missing = [
      ...(values.register ? [] : [{ field: 'register', message: 'Choose the register' }]),
      ...(values.serviceId ? [] : [{ field: 'serviceId', message: 'Choose the service' }]),
    ];
    if (missing.length) return this.page(request, reply, { grantValues: values, grantErrors: formErrors(missing) }, 400);
    try {
      const { register, ...body } = values;
      await request.apiClient.registers.grant(register, body);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return this.page(request, reply, { grantValues: values, grantErrors: errors }, 400);
    }
    return reply.redirect('/platform/registers?done=granted', 303);
  }

  @Post('revoke')
  async revoke(@Req() request: AdminRequest, @Res() reply: AdminReply, @Body() form: Form) {
    await request.apiClient.registers.revoke(form.register ?? '', { serviceId: form.serviceId ?? '', purpose: form.purpose ?? '' });
    return reply.redirect('/platform/registers?done=revoked', 303);
  }

  private async page(request: AdminRequest, reply: AdminReply, context: PageContext, status = 200) {
    const [{ registers, adapters }, { services }] = await Promise.all([request.apiClient.registers.list(), request.apiClient.platform.services()]);
    const serviceOptions = [...services].sort((a, b) => a.name.localeCompare(b.name)).map((s) => ({ value: s.id, text: s.name }));
    return reply.code(status).view('registers/platform-registers.njk', {
      registers: registers.map((r) => ({ ...r, settingsText: JSON.stringify(r.settings, null, 2) })),
      adapters,
      serviceOptions,
      registerValues: {},
      grantValues: {},
      banner: null,
      ...context,
      errors: context.registerErrors ?? context.grantErrors,
    });
  }
}

interface PageContext {
  banner?: string | null;
  registerValues?: Record<string, unknown>;
  registerErrors?: FormErrors;
  grantValues?: Record<string, unknown>;
  grantErrors?: FormErrors;
}
