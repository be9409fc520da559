import type { CitizenSettings } from '@herald/config';
import type { MeProfile } from '@herald/contracts';
import type { RecipientKeys } from '@herald/persistence';
import type { UserInfoClaims } from './identity-provider-client';

/** The signed-in person as Herald knows them: the recipient keys their sign-in maps to, never their identifier's value. */
export interface CitizenIdentity {
  readonly profile: MeProfile;
  /** Every key messages and look-ups may be filed under: the identifier's, the verified email's, the verified phone's. */
  readonly keys: readonly string[];
  /** Where the person's own choices are written: the identifier's key, else the email's, else the phone's; null with none. */
  readonly preferenceKey: string | null;
  readonly verifiedEmail: string | null;
  readonly verifiedPhone: string | null;
}

/**
 * Maps userinfo claims to recipient keys: the identifier claim (as `identifierScheme`), the email
 * address when `email_verified`, the phone number when `phone_number_verified`. An unverified
 * address could be anyone's, so it never finds messages.
 */
export function citizenIdentity(
  claims: UserInfoClaims,
  settings: Pick<CitizenSettings, 'identifierClaim' | 'identifierScheme'>,
  keys: RecipientKeys,
): CitizenIdentity {
  const identifier = text(claims[settings.identifierClaim]);
  const email = isTrue(claims.email_verified) ? text(claims.email) : null;
  const phone = isTrue(claims.phone_number_verified) ? text(claims.phone_number) : null;
  const identifierKey = identifier ? keys.forIdentifier({ scheme: settings.identifierScheme, value: identifier }) : null;
  const emailKey = email ? keys.forEmail(email) : null;
  const phoneKey = phone ? keys.forPhone(phone) : null;
  const found = [identifierKey, emailKey, phoneKey].filter((key): key is string => key !== null);
  return {
    profile: {
      name: text(claims.name),
      email_address: emailKey ? email : null,
      phone_number: phoneKey ? phone : null,
      identifier_scheme: identifierKey ? settings.identifierScheme : null,
    },
    keys: [...new Set(found)],
    preferenceKey: found[0] ?? null,
    verifiedEmail: emailKey ? email : null,
    verifiedPhone: phoneKey ? phone : null,
  };
}

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

// Some identity services send booleans as strings.
const isTrue = (value: unknown): boolean => value === true || value === 'true';
