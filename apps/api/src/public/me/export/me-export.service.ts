import { Injectable } from '@nestjs/common';
import type { MeExport, MeLookup, MeMessage } from '@herald/contracts';
import { Clock } from '@herald/domain';
import { validationErrors } from '../../../errors/notify-error';
import type { CitizenIdentity } from '../auth/citizen-identity';
import { MeLookupsService } from '../lookups/me-lookups.service';
import { MAX_LIMIT } from '../me-page';
import { MeMessagesService } from '../messages/me-messages.service';
import { MePreferencesService } from '../preferences/me-preferences.service';
import { lookupsCsv, messagesCsv } from './me-export-csv';

/** The published JSON schema of the export (docs/schemas/me-export-v1.schema.json). */
export const ME_EXPORT_SCHEMA = 'https://herald.example/schemas/me-export-v1.json';

export interface ExportFile {
  readonly contentType: string;
  readonly filename: string;
  readonly body: string;
}

/**
 * R-TR-4: everything Herald holds about the person, to download. JSON holds messages, look-ups,
 * choices and their history; CSV holds the messages (or, with `part=lookups`, the look-ups).
 */
@Injectable()
export class MeExportService {
  constructor(
    private readonly messages: MeMessagesService,
    private readonly lookups: MeLookupsService,
    private readonly preferences: MePreferencesService,
    private readonly clock: Clock,
  ) {}

  async export(citizen: CitizenIdentity, query: Readonly<Record<string, string | undefined>>): Promise<ExportFile> {
    const format = query.format ?? 'json';
    const part = query.part ?? 'messages';
    const errors = [
      ...(format === 'json' || format === 'csv' ? [] : ['format must be json or csv']),
      ...(part === 'messages' || (part === 'lookups' && format === 'csv') ? [] : ['part must be messages or lookups, and lookups only with format=csv']),
    ];
    if (errors.length) throw validationErrors(errors);
    if (format === 'csv' && part === 'lookups') return csvFile('herald-my-lookups.csv', lookupsCsv(await this.allLookups(citizen)));
    if (format === 'csv') return csvFile('herald-my-data.csv', messagesCsv(await this.allMessages(citizen)));
    const everything: MeExport = {
      schema: ME_EXPORT_SCHEMA,
      exported_at: this.clock.now().toISOString(),
      messages: await this.allMessages(citizen),
      lookups: await this.allLookups(citizen),
      preferences: await this.preferences.show(citizen),
      preference_history: await this.preferences.history(citizen),
    };
    return { contentType: 'application/json; charset=utf-8', filename: 'herald-my-data.json', body: JSON.stringify(everything, null, 2) };
  }

  private async allMessages(citizen: CitizenIdentity): Promise<MeMessage[]> {
    const all: MeMessage[] = [];
    for (let offset = 0; ; offset += MAX_LIMIT) {
      const page = await this.messages.page(citizen, { offset, limit: MAX_LIMIT });
      all.push(...page.messages);
      if (page.messages.length < MAX_LIMIT || all.length >= page.total) return all;
    }
  }

  private async allLookups(citizen: CitizenIdentity): Promise<MeLookup[]> {
    const all: MeLookup[] = [];
    for (let offset = 0; ; offset += MAX_LIMIT) {
      const page = await this.lookups.page(citizen, { offset, limit: MAX_LIMIT });
      all.push(...page.lookups);
      if (page.lookups.length < MAX_LIMIT || all.length >= page.total) return all;
    }
  }
}

const csvFile = (filename: string, body: string): ExportFile => ({ contentType: 'text/csv; charset=utf-8', filename, body });
