import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { CitizenReply, CitizenRequest } from '../session/citizen-request';
import { ADDRESS_FIELDS, FieldProblem, valuesOf } from './preferences-form';
import { PreferencesDone, PreferencesService } from './preferences.service';

/** What the banner says after a change: how it was confirmed. */
const DONE: Readonly<Record<PreferencesDone, { heading: string; text: string }>> = {
  letter: { heading: 'Your choices are saved', text: 'We have sent a letter to confirm this.' },
  email: { heading: 'Your choices are saved', text: 'We have sent an email to confirm this.' },
  sms: { heading: 'Your choices are saved', text: 'We have sent a text message to confirm this.' },
  saved: { heading: 'Your choices are saved', text: 'Services will use them from now on.' },
  unchanged: { heading: 'Nothing has changed', text: 'You did not change any of your choices.' },
};

/** "How you want to be contacted": channel switches, letters only, language and formats (R-TR-5). */
@Controller('preferences')
export class PreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  async show(@Req() request: CitizenRequest, @Res() reply: CitizenReply, @Query('done') done?: string) {
    const current = await request.citizenApi!.preferences();
    return reply.view('preferences/preferences.njk', { values: valuesOf(current), addressFields: ADDRESS_FIELDS, done: DONE[done as PreferencesDone] ?? null });
  }

  @Post()
  async save(@Req() request: CitizenRequest, @Res() reply: CitizenReply, @Body() body: Record<string, unknown>) {
    const saved = await this.preferences.save(request.citizenApi!, body);
    if ('done' in saved) return reply.redirect(`/preferences?done=${saved.done}`, 303);
    return reply.code(400).view('preferences/preferences.njk', { values: saved.values, addressFields: ADDRESS_FIELDS, errors: formErrors(saved.problems) });
  }
}

function formErrors(problems: readonly FieldProblem[]) {
  return {
    list: problems.map((p) => ({ text: p.message, href: `#${p.field}` })),
    byField: Object.fromEntries(problems.map((p) => [p.field, { text: p.message }])),
  };
}
