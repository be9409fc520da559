import { Get, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentUser, InternalController, PlatformAdminOnly } from '../auth/internal-auth.decorators';
import { InternalBody } from '../auth/internal-body.decorator';
import type { SignedInUser } from '../auth/signed-in-user';
import { RegistersService } from './registers.service';

/** Operators only (403 otherwise): the registers Herald looks contact details up in, and who may ask which for what (R-OO). */
@InternalController('platform/registers')
@PlatformAdminOnly()
export class RegistersController {
  constructor(private readonly registers: RegistersService) {}

  @Get()
  list() {
    return this.registers.list();
  }

  @Post()
  @HttpCode(200)
  save(@CurrentUser() user: SignedInUser, @InternalBody() body: Record<string, unknown>) {
    return this.registers.save(user, body);
  }

  @Post(':name/grants')
  @HttpCode(200)
  grant(@CurrentUser() user: SignedInUser, @Param('name') name: string, @InternalBody() body: Record<string, unknown>) {
    return this.registers.grant(user, name, body);
  }

  @Post(':name/grants/revoke')
  @HttpCode(200)
  revoke(@CurrentUser() user: SignedInUser, @Param('name') name: string, @InternalBody() body: Record<string, unknown>) {
    return this.registers.revoke(user, name, body);
  }
}
