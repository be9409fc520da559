import type { PhoneNumber as ParsedNumber, PhoneNumberType, PhoneNumberUtil } from 'google-libphonenumber';
import { phoneLibrary } from './phone-library';

/**
 * Phone number validation as notifications-utils does it (`recipient_validation/phone_number.py`),
 * on Google's libphonenumber metadata. The messages are Notify's legacy v2 API wording.
 */
export type PhoneNumberError =
  | 'Must not contain letters or symbols'
  | 'Not enough digits'
  | 'Too many digits'
  | 'Not a valid country prefix'
  | 'Number is not valid – double check the phone number you entered'
  | 'Phone number cannot be an emergency number';

export interface ValidPhoneNumber {
  readonly ok: true;
  /** E.164 digits without the `+`, e.g. `447700900123`. */
  readonly normalised: string;
  readonly countryCode: number;
  /** Anything not in the UK proper, including the Crown dependencies (Jersey, Guernsey, Isle of Man). */
  readonly international: boolean;
  readonly crownDependency: boolean;
  /** A +44 number that is a landline (or may be one); it needs the service's landline permission. */
  readonly ukLandline: boolean;
  /** The dialling prefix used for billing: the country code, or `1` plus the area code where NANP areas bill on their own. */
  readonly internationalPrefix: string;
  readonly rateMultiplier: number;
}

export type PhoneNumberValidation = ValidPhoneNumber | { readonly ok: false; readonly message: PhoneNumberError };

export interface PhoneNumberOptions {
  /** A service's own contact number may be a three-digit short code, but never an emergency number. */
  readonly serviceContactNumber?: boolean;
}

const UK_COUNTRY_CODE = 44;
const ALLOWED_CHARACTERS = /^[\s\d()+-]*$/u;
const EMERGENCY_NUMBERS = new Set(['999', '112']);
// Ofcom reserves 07700 900000–900999 for drama; libphonenumber calls them invalid, Notify accepts them.
const OFCOM_TV_NUMBER = /^7700900\d{3}$/;
const SMOKE_TEST_NUMBERS: ReadonlySet<string> = new Set(['447700900000', '447700900111', '447700900222']);

const MESSAGES = {
  invalid: 'Number is not valid – double check the phone number you entered',
  tooShort: 'Not enough digits',
  tooLong: 'Too many digits',
  unknownCharacter: 'Must not contain letters or symbols',
  countryCode: 'Not a valid country prefix',
  emergency: 'Phone number cannot be an emergency number',
} as const satisfies Record<string, PhoneNumberError>;

class InvalidPhoneNumber extends Error {
  constructor(readonly reason: PhoneNumberError) {
    super(reason);
  }
}

export function validatePhoneNumber(raw: string, options: PhoneNumberOptions = {}): PhoneNumberValidation {
  try {
    return describe(parseLeniently(raw, options));
  } catch (error) {
    if (error instanceof InvalidPhoneNumber) return { ok: false, message: error.reason };
    throw error;
  }
}

/** The three Notify smoke-test numbers: validated, answered, but never stored or sent. */
export const isSmokeTestPhoneNumber = (normalised: string): boolean => SMOKE_TEST_NUMBERS.has(normalised);

/** A sender that reads as a phone number is shown normalised (`07700900500` → `447700900500`); any other text as it is. */
export function normaliseSenderIfPhoneNumber(sender: string): string {
  if (!/^[\s\d()+-]+$/u.test(sender)) return sender;
  const result = validatePhoneNumber(sender);
  return result.ok ? result.normalised : sender;
}

/** Up to 11 letters, digits and spaces (an alphanumeric sender id), or a phone number. */
export function isValidSmsSender(sender: string): boolean {
  if (/^[A-Za-z0-9 ]{1,11}$/u.test(sender) && /[A-Za-z]/u.test(sender)) return true;
  return validatePhoneNumber(sender).ok;
}

/** A number that passed the checks, with its libphonenumber type (null for a short code or an Ofcom drama number, which it has none for). */
interface CheckedNumber {
  readonly number: ParsedNumber;
  readonly type: PhoneNumberType | null;
}

function parseLeniently(raw: string, options: PhoneNumberOptions): CheckedNumber {
  try {
    return parseStrictly(raw, options);
  } catch (error) {
    // Spreadsheets mangle numbers: "0+447700900100", "+07700900100", "000007700900100".
    if (!(error instanceof InvalidPhoneNumber)) throw error;
    return parseStrictly(raw.replace(/\+/g, '').replace(/^0+/, ''), options);
  }
}

function parseStrictly(candidate: string, options: PhoneNumberOptions): CheckedNumber {
  if (!ALLOWED_CHARACTERS.test(candidate)) throw new InvalidPhoneNumber(MESSAGES.unknownCharacter);
  if (candidate === '') throw new InvalidPhoneNumber(MESSAGES.tooShort);
  let number = parseAsUk(candidate);
  const national = String(number.getNationalNumber());
  if (options.serviceContactNumber && national.length === 3) {
    if (EMERGENCY_NUMBERS.has(national)) throw new InvalidPhoneNumber(MESSAGES.emergency);
    return { number, type: null };
  }
  const { util, ValidationResult, allowedTypes } = phoneLibrary();
  const reason = util.isPossibleNumberWithReason(number);
  if (reason !== ValidationResult.IS_POSSIBLE) {
    const forced = parseForcedInternational(candidate);
    if (forced && !isKnownCountry(forced.getCountryCodeOrDefault())) throw new InvalidPhoneNumber(MESSAGES.countryCode);
    if (!forced || !util.isPossibleNumber(forced)) throw new InvalidPhoneNumber(messageForImpossible(reason));
    number = forced;
  }
  if (!isKnownCountry(number.getCountryCodeOrDefault())) throw new InvalidPhoneNumber(MESSAGES.countryCode);
  // libphonenumber finds no type for these (it calls them invalid), after trying every region and pattern.
  if (isTvNumber(number)) return { number, type: null };
  // Its type is worked out once. A number of an allowed type is valid: isValidNumber would ask the same patterns again.
  const type = util.getNumberType(number);
  if (!allowedTypes.has(type)) throw new InvalidPhoneNumber(MESSAGES.invalid);
  return { number, type };
}

function parseAsUk(candidate: string): ParsedNumber {
  try {
    return phoneLibrary().util.parse(candidate, 'GB');
  } catch {
    throw new InvalidPhoneNumber(MESSAGES.invalid);
  }
}

/** Spreadsheets also drop the leading `+`, so a number that is impossible in the UK is tried as international. */
function parseForcedInternational(candidate: string): ParsedNumber | null {
  try {
    return phoneLibrary().util.parse(`+${candidate}`, 'ZZ');
  } catch {
    return null;
  }
}

function messageForImpossible(reason: PhoneNumberUtil.ValidationResult): PhoneNumberError {
  const { ValidationResult } = phoneLibrary();
  switch (reason) {
    case ValidationResult.TOO_LONG:
      return MESSAGES.tooLong;
    case ValidationResult.TOO_SHORT:
    case ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
      return MESSAGES.tooShort;
    case ValidationResult.INVALID_COUNTRY_CODE:
      return MESSAGES.countryCode;
    default:
      return MESSAGES.invalid;
  }
}

/** A country (or territory) code; the non-geographic codes (+800 freephone, +881 satellite …) cannot be texted. */
function isKnownCountry(countryCode: number): boolean {
  const region: string = phoneLibrary().util.getRegionCodeForCountryCode(countryCode);
  return region !== 'ZZ' && region !== '001';
}

const isTvNumber = (number: ParsedNumber): boolean =>
  number.getCountryCodeOrDefault() === UK_COUNTRY_CODE && OFCOM_TV_NUMBER.test(String(number.getNationalNumber()));

function describe({ number, type }: CheckedNumber): ValidPhoneNumber {
  const countryCode = number.getCountryCodeOrDefault();
  const { util, E164, landlineTypes } = phoneLibrary();
  const normalised = util.format(number, E164).slice(1);
  const region = isTvNumber(number) ? 'GB' : util.getRegionCodeForNumber(number);
  const uk = countryCode === UK_COUNTRY_CODE;
  return {
    ok: true,
    normalised,
    countryCode,
    international: region !== 'GB',
    crownDependency: uk && region !== 'GB',
    ukLandline: uk && type !== null && landlineTypes.has(type),
    internationalPrefix: internationalPrefix(countryCode, normalised),
    rateMultiplier: 1,
  };
}

/** North American areas with their own country (e.g. +1 664 Montserrat) bill apart from the US and Canada. */
function internationalPrefix(countryCode: number, normalised: string): string {
  if (countryCode !== 1) return String(countryCode);
  const { util } = phoneLibrary();
  const region = util.getRegionCodeForNumber(util.parse(`+${normalised}`, 'ZZ'));
  return region === 'US' || region === 'CA' || region === null || region === undefined ? '1' : normalised.slice(0, 4);
}

/** Why a valid number cannot be texted by this service, as Notify words it; null when it can. */
export type PhoneNumberRefusal =
  | { readonly error: 'BadRequestError'; readonly message: 'Cannot send to international mobile numbers' }
  | { readonly error: 'InvalidPhoneError'; readonly message: 'Not a UK mobile number' };

export function refusalForService(
  phone: ValidPhoneNumber,
  allowed: { readonly international: boolean; readonly ukLandline: boolean },
): PhoneNumberRefusal | null {
  // Crown dependency numbers are billed as international but need no international permission.
  if (phone.international && !phone.crownDependency && !allowed.international) {
    return { error: 'BadRequestError', message: 'Cannot send to international mobile numbers' };
  }
  if (phone.ukLandline && !allowed.ukLandline) return { error: 'InvalidPhoneError', message: 'Not a UK mobile number' };
  return null;
}
