import { fieldErrors, guestListProblems } from '@herald/domain';
import { GuestListRepository, ServiceRepository } from '@herald/persistence';
import { printResult, requireFound } from '../cli-output';
import type { CliSession } from '../cli-session';

/**
 * The admin's checks of the whole list (guestListProblems: the new entry first, so a bad one is
 * "number 1", and at most five of each kind) and its audit record (`guest-list.updated`).
 */
export async function addToGuestList(session: CliSession, options: { service: string; recipient: string; json?: boolean }): Promise<void> {
  const service = requireFound(await session.repository(ServiceRepository).findById(options.service), `Service ${options.service}`);
  const guestList = session.repository(GuestListRepository);
  const current = await guestList.list(service.id);
  const recipient = options.recipient.trim();
  const ofType = (type: 'email' | 'mobile') => current.filter((e) => e.recipientType === type).map((e) => e.recipient);
  const isEmail = recipient.includes('@');
  const problems = guestListProblems(isEmail ? [recipient, ...ofType('email')] : ofType('email'), isEmail ? ofType('mobile') : [recipient, ...ofType('mobile')]);
  if (problems.length) throw fieldErrors(problems);
  const actor = await session.actor();
  const entry = await guestList.add(service.id, recipient);
  const after = await guestList.list(service.id);
  await session.audit({
    userId: actor.id, serviceId: service.id, action: 'guest-list.updated', subject: service.id,
    details: { emailAddresses: after.filter((e) => e.recipientType === 'email').length, phoneNumbers: after.filter((e) => e.recipientType === 'mobile').length },
  });
  printResult(options.json, { id: entry.id, recipient_type: entry.recipientType }, `Added ${entry.recipient} to the guest list of ${service.name}`);
}
