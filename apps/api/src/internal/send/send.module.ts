import { Module } from '@nestjs/common';
import { SendingModule } from '@herald/sending';
import { SendController } from './send.controller';
import { SendOneService } from './send-one.service';
import { SendableTemplates } from './sendable-templates.service';

/** The admin's "send one message" endpoints, on the sending library like every other entry point. */
@Module({
  imports: [SendingModule],
  controllers: [SendController],
  providers: [SendableTemplates, SendOneService],
  exports: [SendableTemplates],
})
export class SendModule {}
