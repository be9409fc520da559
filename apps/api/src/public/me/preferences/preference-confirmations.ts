import { Injectable, Logger } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import type { MePreferences, MePreferencesChanged } from '@herald/contracts';
import { Clock } from '@herald/domain';
import type { FieldChange } from '@herald/persistence';
import { SystemEmails } from '../../../system-emails/system-emails.service';
import type { CitizenIdentity } from '../auth/citizen-identity';
import { changeWords } from './preference-change-words';

export type Confirmation = MePreferencesChanged['confirmation'];

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/**
 * R-TR-5: every change a person makes is confirmed to them, from Herald's platform service: by
 * letter when they asked for paper only (to the address they gave), else by email to their
 * verified address if email is on, else by text to their verified number if texts are on.
 */
@Injectable()
export class PreferenceConfirmations {
  private readonly logger = new Logger(PreferenceConfirmations.name);

  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly system: SystemEmails,
    private readonly clock: Clock,
  ) {}

  /** Null when nothing changed, or there is no channel left to confirm by. */
  async confirm(
    citizen: CitizenIdentity,
    changes: readonly FieldChange[],
    now: MePreferences,
    address: Readonly<Record<string, string>> | null,
  ): Promise<Confirmation> {
    if (!changes.length) return null;
    const words = changeWords(changes);
    const base = { date: DATE.format(this.clock.now()), manage_url: this.config.citizen.baseUrl };
    try {
      if (now.paper_only) {
        if (!address) return null;
        const id = await this.system.sendTo('preferences-changed-letter', { address }, { ...base, changes: words });
        return { channel: 'letter', notification_id: id };
      }
      if (citizen.verifiedEmail && now.channels.email !== false) {
        const id = await this.system.sendTo('preferences-changed-email', { emailAddress: citizen.verifiedEmail }, { ...base, changes: words });
        return { channel: 'email', notification_id: id };
      }
      if (citizen.verifiedPhone && now.channels.sms !== false) {
        const id = await this.system.sendTo('preferences-changed-sms', { phoneNumber: citizen.verifiedPhone }, { ...base, changes: words.join('; ') });
        return { channel: 'sms', notification_id: id };
      }
      return null;
    } catch (error) {
      // The change is made; a confirmation that cannot be sent must not hide that. Nothing personal is logged.
      this.logger.warn(`A preference change was saved but its confirmation could not be sent: ${(error as Error).message}`);
      return null;
    }
  }
}
