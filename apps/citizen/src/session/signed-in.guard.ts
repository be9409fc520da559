import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CitizenRequest } from './citizen-request';
import { PUBLIC_PAGE } from './public-page.decorator';
import { SignInRequired } from './sign-in-required.error';

/** Every page needs a signed-in person unless marked @PublicPage() (the request hook has read the session cookie). */
@Injectable()
export class SignedInGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_PAGE, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<CitizenRequest>();
    if (!request.person) throw new SignInRequired(request.url);
    return true;
  }
}
