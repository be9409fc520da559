import type { PhoneNumberFormat, PhoneNumberType, PhoneNumberUtil } from 'google-libphonenumber';

/** What phone-number.ts uses of Google's libphonenumber. */
export interface PhoneLibrary {
  readonly util: PhoneNumberUtil;
  readonly ValidationResult: typeof PhoneNumberUtil.ValidationResult;
  readonly E164: PhoneNumberFormat;
  /** The number types a text message may go to. */
  readonly allowedTypes: ReadonlySet<PhoneNumberType>;
  /** The types that are (or may be) a landline. */
  readonly landlineTypes: ReadonlySet<PhoneNumberType>;
}

let loaded: PhoneLibrary | undefined;

/**
 * libphonenumber, loaded at the first number checked, not when libs/domain is: its metadata takes
 * longer to load than most of a CLI command that checks no number.
 */
export function phoneLibrary(): PhoneLibrary {
  if (loaded) return loaded;
  // A synchronous load, because a number is checked synchronously; import() would make every check async.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const library = require('google-libphonenumber') as typeof import('google-libphonenumber');
  const { PhoneNumberFormat: Format, PhoneNumberType: Type, PhoneNumberUtil: Util } = library;
  loaded = {
    util: Util.getInstance(),
    ValidationResult: Util.ValidationResult,
    E164: Format.E164,
    allowedTypes: new Set([Type.FIXED_LINE, Type.MOBILE, Type.FIXED_LINE_OR_MOBILE, Type.UAN, Type.PERSONAL_NUMBER]),
    landlineTypes: new Set([Type.FIXED_LINE, Type.FIXED_LINE_OR_MOBILE, Type.UAN]),
  };
  return loaded;
}
