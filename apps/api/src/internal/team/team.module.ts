import { Module } from '@nestjs/common';
import { AdministrationModule } from '@herald/administration';
import { AccountsModule } from '../accounts/accounts.module';
import { TeamController } from './team.controller';
import { TeamService } from './team.service';

/** The team page's endpoints. */
@Module({
  imports: [AccountsModule, AdministrationModule],
  controllers: [TeamController],
  providers: [TeamService],
})
export class TeamModule {}
