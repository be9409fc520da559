import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { DocumentDownloadService, DocumentResponse } from './document-download.service';

interface Reply {
  status(code: number): Reply;
  header(name: string, value: string): Reply;
  send(body: unknown): void;
}

/** The download link in an email that carried a file: `/d/<service>/<document>?key=<secret>`. */
@Controller('d/:service/:document')
export class DocumentsController {
  constructor(private readonly downloads: DocumentDownloadService) {}

  @Get()
  async page(
    @Param('service') service: string,
    @Param('document') document: string,
    @Query('key') key: string | undefined,
    @Res() reply: Reply,
  ): Promise<void> {
    write(reply, await this.downloads.page({ service, document, key }));
  }

  @Post()
  async confirm(
    @Param('service') service: string,
    @Param('document') document: string,
    @Query('key') key: string | undefined,
    @Body() form: unknown,
    @Res() reply: Reply,
  ): Promise<void> {
    write(reply, await this.downloads.confirm({ service, document, key }, typeof form === 'string' ? form : ''));
  }

  @Get('download')
  async download(
    @Param('service') service: string,
    @Param('document') document: string,
    @Query('key') key: string | undefined,
    @Res() reply: Reply,
  ): Promise<void> {
    write(reply, await this.downloads.download({ service, document, key }));
  }
}

/**
 * The link's key is in the page's URL: no Referer may carry it to the service's contact site.
 * Pages need no scripts and post only to themselves.
 */
const PAGE_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
};

function write(reply: Reply, response: DocumentResponse): void {
  reply.status(response.status).header('Content-Type', response.contentType);
  for (const [name, value] of Object.entries(PAGE_HEADERS)) reply.header(name, value);
  for (const [name, value] of Object.entries(response.headers ?? {})) reply.header(name, value);
  reply.send(response.body);
}
