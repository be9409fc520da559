import { CliError } from '../cli-error';
import { printList, printResult } from '../cli-output';
import type { CliSession } from '../cli-session';
import type { ServiceCreateOptions, ServiceUpdateOptions } from './service.command';

/** The admin's rule for names (unique whatever the capitalisation) and audit record (`service.created`). */
export async function createService(session: CliSession, options: ServiceCreateOptions): Promise<void> {
  const actor = await session.actor();
  const created = await session.administration.services.create(actor, { name: options.name, live: options.live === true, organisation: options.organisation });
  printResult(options.json, { id: created.id }, `Created service ${created.name} (${created.id})${created.restricted ? ' in trial mode' : ''}`);
}

export async function listServices(session: CliSession, options: { json?: boolean }): Promise<void> {
  const services = await session.administration.services.list();
  printList(
    options.json,
    'services',
    services.map((s) => ({ id: s.id, name: s.name, live: !s.restricted })),
    (s) => `${s.id}  ${s.name}  ${s.live ? 'live' : 'trial'}`,
    'No services yet: create one with herald service create --name NAME',
  );
}

export async function updateService(session: CliSession, options: ServiceUpdateOptions): Promise<void> {
  if (options.live && options.trial) throw new CliError('usage', 'Give --live or --trial, not both');
  const service = await session.administration.services.find(options.service);
  const changes = {
    ...(options.contactLink !== undefined ? { contactLink: options.contactLink } : {}),
    ...(options.organisation !== undefined ? { organisation: options.organisation } : {}),
    ...(options.live || options.trial ? { restricted: options.trial === true } : {}),
    ...(options.smsPrefix ? { prefixSms: options.smsPrefix === 'on' } : {}),
  };
  if (Object.keys(changes).length === 0) throw new CliError('usage', 'Nothing to change: give --contact-link, --organisation, --live, --trial or --sms-prefix');
  const actor = await session.actor();
  const updated = await session.administration.services.update(actor, service.id, changes);
  printResult(
    options.json,
    { id: updated.id, restricted: updated.restricted, prefix_sms: updated.prefixSms, contact_link: updated.contactLink, organisation: updated.organisation },
    `Updated service ${updated.name}: ${updated.restricted ? 'trial mode' : 'live'}, SMS prefix ${updated.prefixSms ? 'on' : 'off'}, organisation ${updated.organisation ?? 'not set'}`,
  );
}
