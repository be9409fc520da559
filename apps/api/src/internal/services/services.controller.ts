import { Get, Post } from '@nestjs/common';
import type { CreatedService, NewServiceOptions } from '@herald/contracts';
import { CurrentUser, InternalController } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { ServicesService } from './services.service';

/**
 * Any signed-in user may add a service, as in Notify; it starts in trial mode with them in its
 * team. A platform admin may instead name its first manager, who is invited.
 */
@InternalController('services')
export class ServicesController {
  constructor(private readonly services: ServicesService) {}

  @Get('options')
  options(@CurrentUser() user: SignedInUser): Promise<NewServiceOptions> {
    return this.services.options(user);
  }

  @Post()
  create(@CurrentUser() user: SignedInUser, @InternalBody() body: Record<string, unknown>): Promise<CreatedService> {
    return this.services.create(user, body);
  }
}
