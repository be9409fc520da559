import { Module } from '@nestjs/common';
import { AdministrationModule } from '@herald/administration';
import { RequestLogModule } from '../../request-log/request-log.module';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';
import { ApiRequestsController } from './api-requests.controller';
import { ApiRequestsService } from './api-requests.service';
import { CallbacksController } from './callbacks.controller';
import { CallbacksService } from './callbacks.service';
import { GuestListController } from './guest-list.controller';
import { GuestListService } from './guest-list.service';

/** The admin's API integration pages: keys, latest requests, callbacks and the guest list. */
@Module({
  imports: [AdministrationModule, RequestLogModule],
  controllers: [ApiKeysController, ApiRequestsController, CallbacksController, GuestListController],
  providers: [ApiKeysService, ApiRequestsService, CallbacksService, GuestListService],
})
export class ApiIntegrationModule {}
