import { Injectable } from '@nestjs/common';
import { PreferenceAdministration, RecipientLookup, RecipientPreferenceSummary } from '@herald/administration';
import type { RecipientPreferencesView } from '@herald/contracts';
import type { SignedInUser } from '../auth/signed-in-user';

/** The API's names for the history's fields. */
const FIELD_NAMES: Readonly<Record<string, string>> = { paperOnly: 'paper_only', formatNeeds: 'format_needs', mutedKinds: 'muted_kinds' };

/** Maps the recipient-preferences endpoints' JSON to PreferenceAdministration and back. */
@Injectable()
export class PreferencesService {
  constructor(private readonly preferences: PreferenceAdministration) {}

  async show(serviceId: string, query: Record<string, unknown>): Promise<RecipientPreferencesView> {
    return view(await this.preferences.show(serviceId, lookupOf(query)));
  }

  /** Recorded as `assisted` (or `service`), with the signed-in staff member in the history and the audit log. */
  async recordAssisted(user: SignedInUser, serviceId: string, body: Record<string, unknown>): Promise<RecipientPreferencesView> {
    const summary = await this.preferences.recordAssisted(user, serviceId, lookupOf(body), {
      scope: body.scope,
      channels: body.channels,
      paperOnly: body.paper_only,
      language: body.language,
      formatNeeds: body.format_needs,
      mutedKinds: body.muted_kinds,
      source: body.source,
    });
    return view(summary);
  }
}

function lookupOf(input: Record<string, unknown>): RecipientLookup {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return { emailAddress: text(input.email_address), phoneNumber: text(input.phone_number) };
}

function view(summary: RecipientPreferenceSummary): RecipientPreferencesView {
  const { global, service } = summary;
  return {
    recipient: summary.recipient,
    recipient_key: summary.recipientKey,
    global: global && { channels: global.channels, paper_only: global.paperOnly, language: global.language, format_needs: [...global.formatNeeds] },
    service: service && { channels: service.channels, muted_kinds: [...service.mutedKinds] },
    history: summary.history.map((entry) => ({
      field: FIELD_NAMES[entry.field] ?? entry.field,
      old_value: entry.oldValue,
      new_value: entry.newValue,
      scope: entry.scope,
      source: entry.source,
      recorded_by: entry.recordedBy,
      at: entry.at.toISOString(),
    })),
  };
}
