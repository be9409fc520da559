import { Controller, Get, Param, Res } from '@nestjs/common';
import { BrandingLogoService } from './branding-logo.service';

interface Reply {
  status(code: number): Reply;
  header(name: string, value: string): Reply;
  send(body: unknown): void;
}

/**
 * Public: logos appear in every email a service sends, so mail clients fetch them without any
 * session. A new upload gets a new id, so an answer may be cached for good.
 */
@Controller('branding')
export class BrandingLogoController {
  constructor(private readonly logos: BrandingLogoService) {}

  @Get(':file')
  async logo(@Param('file') file: string, @Res() reply: Reply): Promise<void> {
    const logo = await this.logos.find(file);
    if (!logo) {
      reply.status(404).header('Content-Type', 'text/plain; charset=utf-8').send('Not found');
      return;
    }
    reply
      .status(200)
      .header('Content-Type', logo.mimeType)
      .header('Cache-Control', 'public, max-age=31536000, immutable')
      .header('Content-Security-Policy', "default-src 'none'")
      .send(logo.content);
  }
}
