import { checkServiceName } from '@herald/domain';
import { ServiceChanges, ServiceRepository } from '@herald/persistence';
import { CliError } from '../cli-error';
import { printList, printResult, requireFound } from '../cli-output';
import type { CliSession } from '../cli-session';
import type { ServiceUpdateOptions } from './service.command';

/** The admin's rule for names (checkServiceName), and unique whatever the capitalisation. */
export async function createService(session: CliSession, options: { name: string; live?: boolean; json?: boolean }): Promise<void> {
  const checked = checkServiceName(options.name);
  if (!checked.ok) throw new CliError('invalid', `--name: ${checked.message}`);
  const services = session.repository(ServiceRepository);
  const nameTaken = () => new CliError('invalid', '--name: This service name is already in use');
  if (await services.findByNameIgnoringCase(checked.value)) throw nameTaken();
  const actor = await session.actor();
  const created = await services.createUnlessNameTaken({ name: checked.value, restricted: !options.live });
  if (!created) throw nameTaken();
  await session.audit({ userId: actor.id, serviceId: created.id, action: 'service.created', subject: created.id, details: { name: created.name, live: !created.restricted } });
  printResult(options.json, { id: created.id }, `Created service ${created.name} (${created.id})${created.restricted ? ' in trial mode' : ''}`);
}

export async function listServices(session: CliSession, options: { json?: boolean }): Promise<void> {
  const services = await session.repository(ServiceRepository).list();
  printList(options.json, 'services', services.map((s) => ({ id: s.id, name: s.name, live: !s.restricted })),
    (s) => `${s.id}  ${s.name}  ${s.live ? 'live' : 'trial'}`, 'No services yet: create one with herald service create --name NAME');
}

export async function updateService(session: CliSession, options: ServiceUpdateOptions): Promise<void> {
  if (options.live && options.trial) throw new CliError('usage', 'Give --live or --trial, not both');
  const services = session.repository(ServiceRepository);
  const before = requireFound(await services.findById(options.service), `Service ${options.service}`);
  const changes: ServiceChanges = {
    ...(options.contactLink !== undefined ? { contactLink: options.contactLink } : {}),
    ...(options.live || options.trial ? { restricted: options.trial === true } : {}),
    ...(options.smsPrefix ? { prefixSms: options.smsPrefix === 'on' } : {}),
  };
  if (Object.keys(changes).length === 0) throw new CliError('usage', 'Nothing to change: give --contact-link, --live, --trial or --sms-prefix');
  const actor = await session.actor();
  await services.update(before.id, changes);
  const updated = (await services.findById(before.id))!;
  await session.audit({ userId: actor.id, serviceId: updated.id, action: 'service.updated', subject: updated.id, details: { changed: Object.keys(changes) } });
  printResult(
    options.json,
    { id: updated.id, restricted: updated.restricted, prefix_sms: updated.prefixSms, contact_link: updated.contactLink },
    `Updated service ${updated.name}: ${updated.restricted ? 'trial mode' : 'live'}, SMS prefix ${updated.prefixSms ? 'on' : 'off'}`,
  );
}
