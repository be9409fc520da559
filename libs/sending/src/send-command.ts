import type { KeyType, LetterFormat, NewDocument, Service, TemplateType, TemplateVersion, ValidPhoneNumber } from '@herald/domain';

/**
 * Where a send comes from. It picks the priority lane (the API's sends before a bulk send's rows)
 * and whether the daily limits count it (Herald's own system emails do not).
 */
export type SendingSource = 'api' | 'admin' | 'bulk' | 'system' | 'message';

/** Who sends: an API key, or a team member in the admin (key type `normal`, no key). */
export interface SendingKey {
  readonly keyType: KeyType;
  readonly apiKeyId: string | null;
  readonly createdById: string | null;
  /** R-API-7: only a key that opted in applies recipients' channel choices to a v2 send. */
  readonly respectPreferences?: boolean;
}

/** Files in an email's personalisation become download links once the recipient is known. */
export type FileLinker = (normalisedRecipient: string, smokeTest: boolean) => { personalisation: Record<string, unknown>; documents: NewDocument[] };

interface CommandBase {
  readonly channel: TemplateType;
  readonly source: SendingSource;
  readonly service: Service;
  readonly key: SendingKey;
  /** The template's current version, or the version a bulk send pinned (`templateVersion`). */
  readonly templateId: string;
  readonly templateVersion?: number;
  readonly personalisation: Readonly<Record<string, unknown>>;
  readonly reference: string | null;
  /** A bulk send's row: (job, row) is unique, so a row is never stored twice. */
  readonly job?: { readonly id: string; readonly row: number };
  /** An omnichannel message's attempt: its notification id is chosen by the router, so a repeated attempt is the same row. */
  readonly attempt?: MessageAttemptFacts;
}

export interface MessageAttemptFacts {
  readonly messageId: string;
  readonly notificationId: string;
  readonly letterFormat: LetterFormat;
}

export interface EmailCommand extends CommandBase {
  readonly channel: 'email';
  readonly emailAddress: string;
  /** Absent: the service's default reply-to address. */
  readonly replyToId?: string;
  readonly oneClickUnsubscribeUrl?: string | null;
  readonly linkFiles?: FileLinker;
}

export interface SmsCommand extends CommandBase {
  readonly channel: 'sms';
  readonly phoneNumber: string;
  /** `phoneNumber` as the caller already validated it (the API's request check), so it is not validated twice. */
  readonly validatedPhone?: ValidPhoneNumber;
  /** Absent: the service's default sender. */
  readonly smsSenderId?: string;
}

/** A letter's address is in its personalisation (`address_line_1`… `postcode`). */
export interface LetterCommand extends CommandBase {
  readonly channel: 'letter';
}

export type SendCommand = EmailCommand | SmsCommand | LetterCommand;

/** The template a command names, as loaded: null when the service has no such template. */
export type CommandTemplate = TemplateVersion | null;
