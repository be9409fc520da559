import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AdminReply, AdminRequest } from './admin-request';
import { PUBLIC_PAGE } from './public-page.decorator';
import { SignInRequired } from './sign-in-required.error';

/**
 * Every page needs a session unless marked @PublicPage(). Pages under /services/:serviceId also
 * load the user's membership of that service (the API answers 404 for anyone else's service),
 * which the layout uses for the service navigation.
 */
@Injectable()
export class AdminSessionGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_PAGE, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AdminRequest>();
    const reply = context.switchToHttp().getResponse<AdminReply>();
    if (!request.sessionToken) throw new SignInRequired(request.url);
    const account = await request.apiClient.account.me();
    reply.locals.signedIn = true;
    reply.locals.platformAdmin = account.user.platformAdmin;
    reply.locals.auditor = account.user.auditor;
    reply.locals.user = account.user;
    const serviceId = (request.params as Record<string, string | undefined>).serviceId;
    if (serviceId !== undefined) reply.locals.service = await request.apiClient.account.membership(serviceId);
    return true;
  }
}
