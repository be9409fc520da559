import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { CitizenAuthenticator } from './citizen-authenticator';
import type { CitizenIdentity } from './citizen-identity';

interface CitizenRequest {
  headers: Record<string, string | string[] | undefined>;
  citizen?: CitizenIdentity;
}

/** Every `/herald/v1/me` route: the caller must be a signed-in person (never a service key). */
@Injectable()
export class CitizenGuard implements CanActivate {
  constructor(private readonly authenticator: CitizenAuthenticator) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<CitizenRequest>();
    const header = request.headers.authorization;
    request.citizen = await this.authenticator.authenticate(Array.isArray(header) ? header[0] : header);
    return true;
  }
}

/** The person CitizenGuard signed in: `@SignedInCitizen() citizen: CitizenIdentity`. */
export const SignedInCitizen = createParamDecorator((_: unknown, ctx: ExecutionContext): CitizenIdentity => {
  const citizen = ctx.switchToHttp().getRequest<CitizenRequest>().citizen;
  if (!citizen) throw new Error('SignedInCitizen used on a route without CitizenGuard');
  return citizen;
});
