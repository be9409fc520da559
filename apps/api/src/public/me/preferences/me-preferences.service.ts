import { Injectable } from '@nestjs/common';
import type { MePreferenceChange, MePreferences, MePreferencesChanged } from '@herald/contracts';
import { Clock, validatePostalAddress } from '@herald/domain';
import { GLOBAL_LAYER, RecipientPreferenceRepository, ServiceRepository } from '@herald/persistence';
import { badRequest, fieldErrors } from '../../../errors/notify-error';
import type { CitizenIdentity } from '../auth/citizen-identity';
import { ServiceNames } from '../service-names';
import { checkMeChange, isEmptyUpdate } from './me-preferences-request';
import { mePreferenceChange, mePreferences } from './me-preferences.view';
import { PreferenceConfirmations } from './preference-confirmations';

export const PAPER_ONLY_NEEDS_ADDRESS = 'confirm_to.address is required to confirm paper only by letter';

/** R-TR-5: the person reads and changes their own global choices; each change is recorded as `citizen` and confirmed. */
@Injectable()
export class MePreferencesService {
  constructor(
    private readonly preferences: RecipientPreferenceRepository,
    private readonly confirmations: PreferenceConfirmations,
    private readonly services: ServiceRepository,
    private readonly clock: Clock,
  ) {}

  async show(citizen: CitizenIdentity): Promise<MePreferences> {
    return mePreferences(await this.preferences.load(citizen.keys, GLOBAL_LAYER));
  }

  /** Checked in full before anything is written: a refused change changes nothing. */
  async change(citizen: CitizenIdentity, body: unknown): Promise<MePreferencesChanged> {
    const { change, problems } = checkMeChange(body);
    if (!change) throw fieldErrors(problems);
    if (isEmptyUpdate(change.update)) throw badRequest('Nothing to change: give channels, paper_only, language or format_needs');
    if (!citizen.preferenceKey)
      throw badRequest('Your sign-in gives no identifier, verified email address or verified phone number to keep your choices under');
    const before = await this.show(citizen);
    if (change.update.paperOnly === true && !before.paper_only) checkLetterAddress(change.address);
    const written = await this.preferences.change(citizen.preferenceKey, null, change.update, 'citizen', null, this.clock.now());
    const after = await this.show(citizen);
    return { preferences: after, confirmation: await this.confirmations.confirm(citizen, written, after, change.address) };
  }

  /** Every change to the person's choices under any of their keys, newest first (R-PR-1, R-TR-4). */
  async history(citizen: CitizenIdentity): Promise<MePreferenceChange[]> {
    const names = new ServiceNames(this.services);
    const changes = (await Promise.all(citizen.keys.map((key) => this.preferences.history(key)))).flat();
    changes.sort((a, b) => b.at.getTime() - a.at.getTime());
    return Promise.all(changes.map(async (c) => mePreferenceChange(c, c.serviceId ? (await names.of(c.serviceId)).service : null)));
  }
}

/** Paper only is confirmed by letter, so the letter's address must be one the print provider takes. */
function checkLetterAddress(address: Readonly<Record<string, string>> | null): void {
  if (!address) throw badRequest(PAPER_ONLY_NEEDS_ADDRESS);
  const checked = validatePostalAddress(address, { allowInternational: false });
  if (!checked.ok) throw fieldErrors([{ field: 'confirm_to.address', message: checked.message }]);
}
