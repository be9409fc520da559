import { Injectable } from '@nestjs/common';
import { validateEmailAddress, validatePhoneNumber } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';

/** How a person is named when their preferences are looked up: an email address, a phone number, or both. */
export interface RecipientContact {
  readonly emailAddress?: string | null;
  readonly phoneNumber?: string | null;
}

/**
 * R-PR-1: preferences are stored under a keyed hash of the normalised email address or phone
 * number, never the address itself. The prefix keeps an email address and a phone number that
 * happen to share their text apart.
 */
@Injectable()
export class RecipientKeys {
  constructor(private readonly cipher: FieldCipher) {}

  /** Null for a string that is not an email address. */
  forEmail(address: string): string | null {
    const valid = validateEmailAddress(address);
    return valid.ok ? this.cipher.hash(`email:${valid.normalised}`) : null;
  }

  /** Null for a string that is not a phone number; `07700 900123` and `+447700900123` give the same key. */
  forPhone(number: string): string | null {
    const valid = validatePhoneNumber(number);
    return valid.ok ? this.cipher.hash(`phone:+${valid.normalised}`) : null;
  }

  /**
   * R-OO, R-TR: a person named by an identifier in a register (a service's message) or by their
   * sign-in's identifier claim (their own view). The scheme is lower-cased and the value trimmed
   * and upper-cased, so `qq123456c` and `QQ123456C` are one person.
   */
  forIdentifier(identifier: { readonly scheme: string; readonly value: string }): string {
    return this.cipher.hash(`id:${identifier.scheme.trim().toLowerCase()}:${identifier.value.replace(/\s+/g, '').toUpperCase()}`);
  }

  /** The keys that apply to a recipient: one per valid address given, email first. */
  forRecipient(contact: RecipientContact): string[] {
    const keys = [contact.emailAddress ? this.forEmail(contact.emailAddress) : null, contact.phoneNumber ? this.forPhone(contact.phoneNumber) : null];
    return keys.filter((key): key is string => key !== null);
  }
}
