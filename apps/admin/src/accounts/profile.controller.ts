import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { formErrorsOf } from '../forms/form-errors';
import { AdminReply, AdminRequest } from '../session/admin-request';

/** What the profile page says after a change (`?done=`). */
const DONE: Record<string, string> = {
  name: 'Your name has been changed',
  'mobile-number': 'Your mobile number has been changed',
  'email-link-sent': 'We have sent a link to your new email address. Your email address changes when you follow it.',
  'email-changed': 'Your email address has been changed',
  'security-code': 'How you get your security code has been changed',
};

/** One field of the profile and the page that changes it. */
interface ProfileField {
  readonly view: string;
  readonly field: 'name' | 'emailAddress' | 'mobileNumber';
  readonly done: string;
}

const NAME: ProfileField = { view: 'accounts/profile-name.njk', field: 'name', done: 'name' };
const EMAIL: ProfileField = { view: 'accounts/profile-email-address.njk', field: 'emailAddress', done: 'email-link-sent' };
const MOBILE: ProfileField = { view: 'accounts/profile-mobile-number.njk', field: 'mobileNumber', done: 'mobile-number' };

/** Your profile: your name, email address (confirmed by a link to the new one) and mobile number. */
@Controller('profile')
export class ProfileController {
  @Get()
  async show(@Req() request: AdminRequest, @Res() reply: AdminReply, @Query('done') done?: string) {
    const profile = await request.apiClient.profile.profile();
    return reply.view('accounts/profile.njk', { profile, done: DONE[done ?? ''] ?? null });
  }

  @Get('name')
  nameForm(@Req() request: AdminRequest, @Res() reply: AdminReply) {
    return this.form(request, reply, NAME);
  }

  @Post('name')
  changeName(@Req() request: AdminRequest, @Res() reply: AdminReply, @Body() form: { name?: string }) {
    return this.change(request, reply, NAME, form.name ?? '', (value) => request.apiClient.profile.changeName(value));
  }

  @Get('email-address')
  emailForm(@Req() request: AdminRequest, @Res() reply: AdminReply) {
    return this.form(request, reply, EMAIL);
  }

  @Post('email-address')
  changeEmail(@Req() request: AdminRequest, @Res() reply: AdminReply, @Body() form: { emailAddress?: string }) {
    return this.change(request, reply, EMAIL, form.emailAddress ?? '', (value) => request.apiClient.profile.requestEmailChange(value));
  }

  @Get('mobile-number')
  mobileForm(@Req() request: AdminRequest, @Res() reply: AdminReply) {
    return this.form(request, reply, MOBILE);
  }

  @Post('mobile-number')
  changeMobile(@Req() request: AdminRequest, @Res() reply: AdminReply, @Body() form: { mobileNumber?: string }) {
    return this.change(request, reply, MOBILE, form.mobileNumber ?? '', (value) => request.apiClient.profile.changeMobileNumber(value));
  }

  private async form(request: AdminRequest, reply: AdminReply, page: ProfileField) {
    const profile = await request.apiClient.profile.profile();
    // A new email address starts empty: the current one is shown beside the field.
    const value = page.field === 'emailAddress' ? '' : (profile[page.field] ?? '');
    return reply.view(page.view, { profile, value });
  }

  private async change(request: AdminRequest, reply: AdminReply, page: ProfileField, value: string, save: (value: string) => Promise<void>) {
    try {
      await save(value);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (!errors) throw error;
      return reply.code(400).view(page.view, { profile: await request.apiClient.profile.profile(), value, errors });
    }
    return reply.redirect(`/profile?done=${page.done}`, 303);
  }
}
