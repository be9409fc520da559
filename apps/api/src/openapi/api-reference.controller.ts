import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { API_REFERENCE_CSP } from './api-reference-page';
import { ApiReferenceService } from './api-reference.service';
import type { OpenApiObject } from './openapi-operations';

/** The API reference: a readable page at /docs and the OpenAPI 3.1 document it shows. No key needed. */
@Controller('docs')
export class ApiReferenceController {
  constructor(private readonly reference: ApiReferenceService) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', API_REFERENCE_CSP)
  page(): string {
    return this.reference.page();
  }

  @Get('openapi.json')
  @Header('Content-Security-Policy', API_REFERENCE_CSP)
  document(): OpenApiObject {
    return this.reference.document();
  }

  /** The page's files never change while Herald runs, so browsers may keep them for an hour. */
  @Get('assets/:name')
  @Header('Cache-Control', 'public, max-age=3600')
  async asset(@Param('name') name: string): Promise<StreamableFile> {
    const asset = await this.reference.asset(name);
    return new StreamableFile(asset.body, { type: asset.contentType, length: asset.body.length });
  }
}
