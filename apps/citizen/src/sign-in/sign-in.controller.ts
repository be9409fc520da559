import { Body, Controller, Get, Logger, Post, Query, Req, Res } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { CitizenReply, CitizenRequest } from '../session/citizen-request';
import { CitizenSession } from '../session/citizen-session';
import { PublicPage } from '../session/public-page.decorator';
import { CitizenSignIn } from './citizen-sign-in';
import { safeReturnPath } from './sign-in-attempt';
import { SignInAttemptCookie } from './sign-in-attempt-cookie';

/** Sign in with the identity service (there and back), and sign out. */
@Controller()
@PublicPage()
export class SignInController {
  private readonly logger = new Logger('CitizenSignIn');

  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly signIn: CitizenSignIn,
    private readonly attempts: SignInAttemptCookie,
    private readonly session: CitizenSession,
  ) {}

  /** Where a page that needs a sign-in sends the person (`ended=1` when their sign-in had run out). */
  @Get('sign-in')
  page(@Res() reply: CitizenReply, @Query('next') next?: string, @Query('ended') ended?: string) {
    if (!this.signIn.available) return reply.code(503).view('sign-in/unavailable.njk', {});
    return reply.view('sign-in/sign-in.njk', { next: safeReturnPath(next), ended: ended === '1' });
  }

  @Post('sign-in')
  async begin(@Res() reply: CitizenReply, @Body() form: { next?: string }) {
    if (!this.signIn.available) return reply.code(503).view('sign-in/unavailable.njk', {});
    const { url, attempt } = await this.signIn.begin(safeReturnPath(form.next));
    this.attempts.remember(reply, attempt);
    return reply.redirect(url, 303);
  }

  @Get('sign-in/callback')
  async callback(@Req() request: CitizenRequest, @Res() reply: CitizenReply) {
    const attempt = this.attempts.take(request, reply);
    if (!attempt) return this.failed(reply, 'no sign-in was under way in this browser, or it took longer than 10 minutes');
    try {
      this.session.start(reply, await this.signIn.finish(new URL(`${this.config.citizen.baseUrl}${request.url}`), attempt));
    } catch (error) {
      return this.failed(reply, error instanceof Error ? error.message : String(error));
    }
    return reply.redirect(attempt.next, 303);
  }

  @Post('sign-out')
  async signOut(@Res() reply: CitizenReply) {
    this.session.end(reply);
    const endSession = await this.signIn.endSessionUrl().catch(() => null);
    return reply.redirect(endSession ?? '/signed-out', 303);
  }

  @Get('signed-out')
  signedOut(@Res() reply: CitizenReply) {
    return reply.view('sign-in/signed-out.njk', {});
  }

  private failed(reply: CitizenReply, why: string) {
    this.logger.warn(`Sign-in refused: ${why}`);
    return reply.code(400).view('sign-in/failed.njk', {});
  }
}
