import { printResult } from '../cli-output';
import type { CliSession } from '../cli-session';

/** The admin's checks of the whole list and its audit record (`guest-list.updated`), through GuestListAdministration. */
export async function addToGuestList(session: CliSession, options: { service: string; recipient: string; json?: boolean }): Promise<void> {
  const service = await session.administration.services.find(options.service);
  const actor = await session.actor();
  const entry = await session.administration.guestList.add(actor, service.id, options.recipient);
  printResult(options.json, { id: entry.id, recipient_type: entry.recipientType }, `Added ${entry.recipient} to the guest list of ${service.name}`);
}
