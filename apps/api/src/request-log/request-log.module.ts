import { Module } from '@nestjs/common';
import { ApiRequestLog } from './api-request-log';
import { ApiRequestRecorder } from './api-request-recorder';

/** The latest public API requests per service: recorded by a response hook, read by the admin's API page. */
@Module({
  providers: [ApiRequestLog, ApiRequestRecorder],
  exports: [ApiRequestLog],
})
export class RequestLogModule {}
