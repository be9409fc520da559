import type { AssistedChangeRequest, RecipientLookup, RecipientPreferenceSummary } from '@herald/administration';
import { CliError } from '../cli-error';
import { printResult } from '../cli-output';
import type { CliSession } from '../cli-session';
import type { PreferenceLookupOptions, PreferenceSetOptions, SwitchChoice } from './preference.command';

/** PreferenceAdministration's checks and audit record (`recipient-preference.changed`), as the staff member given with --by. */
export async function setPreference(session: CliSession, options: PreferenceSetOptions): Promise<void> {
  const service = await session.administration.services.find(options.service);
  const preferences = session.administration.preferences;
  const actor = options.by !== undefined ? await preferences.staffMember(service.id, options.by) : await session.actor();
  const summary = await preferences.recordAssisted(actor, service.id, lookupOf(options), changeOf(options));
  printResult(options.json, asJson(summary), `Recorded for ${summary.recipient} (${service.name}):\n${describe(summary)}`);
}

export async function showPreference(session: CliSession, options: PreferenceLookupOptions): Promise<void> {
  const service = await session.administration.services.find(options.service);
  const summary = await session.administration.preferences.show(service.id, lookupOf(options));
  printResult(options.json, asJson(summary), `${summary.recipient} (${service.name}):\n${describe(summary)}`);
}

function lookupOf(options: PreferenceLookupOptions): RecipientLookup {
  if ((options.email === undefined) === (options.phone === undefined)) throw new CliError('usage', 'Give one of --email and --phone');
  return { emailAddress: options.email, phoneNumber: options.phone };
}

function changeOf(options: PreferenceSetOptions): AssistedChangeRequest {
  const switches = { email: options.emailChannel, sms: options.sms, letter: options.letter };
  const channels = Object.fromEntries(Object.entries(switches).flatMap(([channel, choice]) => (choice ? [[channel, switchOf(choice)]] : [])));
  return {
    scope: options.scope ?? (options.mute !== undefined ? 'service' : 'global'),
    channels: Object.keys(channels).length ? channels : undefined,
    paperOnly: options.paperOnly === undefined ? undefined : options.paperOnly === 'on',
    language: options.language === 'none' ? null : options.language,
    formatNeeds: listOf(options.formatNeeds),
    mutedKinds: listOf(options.mute),
  };
}

const switchOf = (choice: SwitchChoice): boolean | null => (choice === 'clear' ? null : choice === 'on');

function listOf(option: string | undefined): string[] | undefined {
  if (option === undefined) return undefined;
  const items = option
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length === 1 && items[0] === 'none' ? [] : items;
}

function asJson(summary: RecipientPreferenceSummary): Record<string, unknown> {
  const { global, service } = summary;
  return {
    recipient: summary.recipient,
    recipient_key: summary.recipientKey,
    global: global && { channels: global.channels, paper_only: global.paperOnly, language: global.language, format_needs: global.formatNeeds },
    service: service && { channels: service.channels, muted_kinds: service.mutedKinds },
    history: summary.history.map((h) => ({
      field: h.field,
      old_value: h.oldValue,
      new_value: h.newValue,
      scope: h.scope,
      source: h.source,
      recorded_by: h.recordedBy,
      at: h.at.toISOString(),
    })),
  };
}

function describe(summary: RecipientPreferenceSummary): string {
  const switches = (channels: Readonly<Record<string, boolean | undefined>>) =>
    Object.entries(channels)
      .map(([channel, on]) => `${channel} ${on ? 'on' : 'off'}`)
      .join(', ') || 'no choice';
  const { global, service } = summary;
  const lines = [
    `  every service: ${global ? `${switches(global.channels)}; paper only ${global.paperOnly ? 'yes' : 'no'}; language ${global.language ?? 'none'}; format needs ${global.formatNeeds.join(', ') || 'none'}` : 'nothing recorded'}`,
    `  this service: ${service ? `${switches(service.channels)}; muted ${service.mutedKinds.join(', ') || 'nothing'}` : 'nothing recorded'}`,
    `  ${summary.history.length} change(s) recorded`,
  ];
  return lines.join('\n');
}
