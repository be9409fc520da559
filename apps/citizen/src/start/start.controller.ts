import { Controller, Get, Req, Res } from '@nestjs/common';
import { CitizenReply, CitizenRequest } from '../session/citizen-request';
import { PublicPage } from '../session/public-page.decorator';
import { CitizenSignIn } from '../sign-in/citizen-sign-in';

/** The start page: what the service is for, and the way in. */
@Controller()
export class StartController {
  constructor(private readonly signIn: CitizenSignIn) {}

  @Get()
  @PublicPage()
  start(@Req() request: CitizenRequest, @Res() reply: CitizenReply) {
    return reply.view('start.njk', { signInAvailable: this.signIn.available, name: request.person?.name ?? null });
  }
}
