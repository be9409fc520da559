import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { formErrors, formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';
import { CsrfInParts } from '../session/csrf.guard';
import { CsrfTokens } from '../session/csrf-tokens';
import { settingsPath } from './manage-service';
import { readBrandingForm } from './branding-form';
import { RequiresPermission } from '../permissions/requires-permission.decorator';

/** Email branding: colour, banner text and logo, with a preview of an email in the real layout. */
@RequiresPermission('manage_service')
@Controller('services/:serviceId/settings/branding')
export class BrandingController {
  constructor(private readonly csrf: CsrfTokens) {}

  @Get()
  async form(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string, @Query('saved') saved?: string) {
    return reply.view('settings/branding.njk', { ...(await this.page(request, serviceId)), saved: saved === '1' });
  }

  /** Multipart (the logo): readBrandingForm checks the form's CSRF token once it has read the parts. */
  @Post()
  @CsrfInParts()
  async update(@Req() request: AdminRequest, @Res() reply: AdminReply, @Param('serviceId') serviceId: string) {
    const { change, problem } = await readBrandingForm(request, this.csrf);
    const values = { colour: change.colour, banner_text: change.banner_text };
    if (problem) return reply.code(400).view('settings/branding.njk', { ...(await this.page(request, serviceId)), values, errors: formErrors([problem]) });
    try {
      await request.apiClient.settings.updateBranding(serviceId, change);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply.code(400).view('settings/branding.njk', { ...(await this.page(request, serviceId)), values, errors });
    }
    return reply.redirect(settingsPath(serviceId, '/branding?saved=1'), 303);
  }

  private async page(request: AdminRequest, serviceId: string) {
    const [settings, previewHtml] = await Promise.all([request.apiClient.settings.get(serviceId), request.apiClient.settings.brandingPreview(serviceId)]);
    const branding = settings.branding;
    return { branding, previewHtml, values: { colour: branding?.colour ?? '', banner_text: branding?.banner_text ?? '' } };
  }
}
