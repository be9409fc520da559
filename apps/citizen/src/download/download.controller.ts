import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { MeExportFormat } from '@herald/contracts';
import { CitizenReply, CitizenRequest } from '../session/citizen-request';

const FORMATS: readonly MeExportFormat[] = ['json', 'csv'];
const FALLBACK_NAMES: Readonly<Record<MeExportFormat, string>> = { json: 'herald-my-data.json', csv: 'herald-my-data.csv' };

/** "Download my data" (R-TR-4): the page, and the API's export streamed through with its file name. */
@Controller('download')
export class DownloadController {
  @Get()
  page(@Res() reply: CitizenReply) {
    return reply.view('download/download.njk', {});
  }

  @Get(':format')
  async file(@Req() request: CitizenRequest, @Res() reply: CitizenReply, @Param('format') format: string) {
    if (!FORMATS.includes(format as MeExportFormat)) throw new NotFoundException();
    const exported = await request.citizenApi!.export(format as MeExportFormat);
    reply.header('content-type', exported.headers.get('content-type') ?? 'application/octet-stream');
    reply.header('content-disposition', exported.headers.get('content-disposition') ?? `attachment; filename="${FALLBACK_NAMES[format as MeExportFormat]}"`);
    return reply.send(exported.body ? Readable.fromWeb(exported.body as WebReadableStream) : '');
  }
}
