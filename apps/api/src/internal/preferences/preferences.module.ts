import { Module } from '@nestjs/common';
import { AdministrationModule } from '@herald/administration';
import { PreferencesController } from './preferences.controller';
import { PreferencesService } from './preferences.service';

/** The admin's recipient-preferences page: look a person up, record an assisted change. */
@Module({
  imports: [AdministrationModule],
  controllers: [PreferencesController],
  providers: [PreferencesService],
})
export class PreferencesModule {}
