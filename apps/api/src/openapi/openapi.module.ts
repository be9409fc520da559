import { Module } from '@nestjs/common';
import { ApiReferenceController } from './api-reference.controller';
import { ApiReferenceService } from './api-reference.service';

/** The API reference at /docs: the OpenAPI 3.1 document of the public APIs and Swagger UI to read it. */
@Module({
  controllers: [ApiReferenceController],
  providers: [ApiReferenceService],
})
export class OpenApiModule {}
