import { Controller, Get, Put, Query, Res, UseGuards } from '@nestjs/common';
import type { MeLookupsResponse, MeMessagesResponse, MePreferences, MePreferencesChanged, MeProfile } from '@herald/contracts';
import { NotifyBody } from '../validation/notify-body.decorator';
import { CitizenGuard, SignedInCitizen } from './auth/citizen.guard';
import type { CitizenIdentity } from './auth/citizen-identity';
import { MeExportService } from './export/me-export.service';
import { MeLookupsService } from './lookups/me-lookups.service';
import { parsePage } from './me-page';
import { MeMessagesService } from './messages/me-messages.service';
import { MePreferencesService } from './preferences/me-preferences.service';

type Query = Record<string, string | undefined>;

interface Reply {
  header(name: string, value: string): unknown;
}

/**
 * A person's own view (R-TR): what Herald sent them, who looked them up, their choices and a
 * download of it all. Only the person's own sign-in opens it; a service's API key gets 403 (R-TR-6).
 */
@Controller('herald/v1/me')
@UseGuards(CitizenGuard)
export class MeController {
  constructor(
    private readonly messages: MeMessagesService,
    private readonly lookups: MeLookupsService,
    private readonly preferences: MePreferencesService,
    private readonly exports: MeExportService,
  ) {}

  @Get()
  profile(@SignedInCitizen() citizen: CitizenIdentity): MeProfile {
    return citizen.profile;
  }

  @Get('messages')
  listMessages(@SignedInCitizen() citizen: CitizenIdentity, @Query() query: Query): Promise<MeMessagesResponse> {
    return this.messages.page(citizen, parsePage(query));
  }

  @Get('lookups')
  listLookups(@SignedInCitizen() citizen: CitizenIdentity, @Query() query: Query): Promise<MeLookupsResponse> {
    return this.lookups.page(citizen, parsePage(query));
  }

  @Get('export')
  async download(@SignedInCitizen() citizen: CitizenIdentity, @Query() query: Query, @Res({ passthrough: true }) reply: Reply): Promise<string> {
    const file = await this.exports.export(citizen, query);
    reply.header('Content-Type', file.contentType);
    reply.header('Content-Disposition', `attachment; filename="${file.filename}"`);
    return file.body;
  }

  @Get('preferences')
  showPreferences(@SignedInCitizen() citizen: CitizenIdentity): Promise<MePreferences> {
    return this.preferences.show(citizen);
  }

  @Put('preferences')
  changePreferences(@SignedInCitizen() citizen: CitizenIdentity, @NotifyBody() body: unknown): Promise<MePreferencesChanged> {
    return this.preferences.change(citizen, body);
  }
}
