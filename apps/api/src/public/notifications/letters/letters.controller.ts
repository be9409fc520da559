import { Controller, Get, HttpCode, Param, Post, StreamableFile, UseGuards } from '@nestjs/common';
import { LetterNotificationCreated, PrecompiledLetterCreated } from '@herald/contracts';
import { AuthenticatedKey } from '../../auth/api-key-authenticator';
import { ApiKey, ApiKeyGuard } from '../../auth/api-key.guard';
import { RateLimited } from '../../limits/rate-limit.guard';
import { NotifyBody } from '../../validation/notify-body.decorator';
import { LetterPdfService } from './letter-pdf.service';
import { isPrecompiledRequest } from './send-letter.schema';
import { SendLetterService } from './send-letter.service';
import { SendPrecompiledLetterService } from './send-precompiled-letter.service';

@Controller('v2/notifications')
@UseGuards(ApiKeyGuard)
export class LettersController {
  constructor(
    private readonly sendLetter: SendLetterService,
    private readonly sendPrecompiled: SendPrecompiledLetterService,
    private readonly pdfs: LetterPdfService,
  ) {}

  /** One route for both kinds, as Notify: a body with `content` is a precompiled PDF. */
  @Post('letter')
  @RateLimited('letter')
  @HttpCode(201)
  letter(@ApiKey() key: AuthenticatedKey, @NotifyBody() body: unknown): Promise<LetterNotificationCreated | PrecompiledLetterCreated> {
    return isPrecompiledRequest(body) ? this.sendPrecompiled.send(key, body) : this.sendLetter.send(key, body);
  }

  /** Content-Type is set by the StreamableFile only on success, so errors still leave as JSON. */
  @Get(':notificationId/pdf')
  async pdf(@ApiKey() key: AuthenticatedKey, @Param('notificationId') id: string): Promise<StreamableFile> {
    return new StreamableFile(await this.pdfs.pdfOf(key, id), { type: 'application/pdf' });
  }
}
