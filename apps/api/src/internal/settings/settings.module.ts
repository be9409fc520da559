import { Module } from '@nestjs/common';
import { AdministrationModule } from '@herald/administration';
import { TemplatingModule } from '@herald/templating';
import { BrandingLogoController } from './branding-logo.controller';
import { BrandingLogoService } from './branding-logo.service';
import { BrandingController } from './branding.controller';
import { BrandingService } from './branding.service';
import { CheckRulesController } from './check-rules.controller';
import { GoLiveService } from './go-live.service';
import { SendersController } from './senders.controller';
import { SendersService } from './senders.service';
import { ServiceProfileService } from './service-profile.service';
import { SettingsViewService } from './settings-view.service';
import { SettingsController } from './settings.controller';

/** The admin's settings pages, and the public route serving branding logos to mail clients. */
@Module({
  imports: [AdministrationModule, TemplatingModule],
  controllers: [SettingsController, SendersController, BrandingController, BrandingLogoController, CheckRulesController],
  providers: [SettingsViewService, ServiceProfileService, SendersService, BrandingService, GoLiveService, BrandingLogoService],
})
export class SettingsModule {}
