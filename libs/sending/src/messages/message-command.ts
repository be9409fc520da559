import type { MessageChannel, MessageRecipient, RoutingMethod, Service } from '@herald/domain';
import type { SendingKey } from '../send-command';

/** `POST /herald/v1/messages` as the sending library takes it (the API has checked its shape). */
export interface MessageCommand {
  readonly service: Service;
  readonly key: SendingKey;
  readonly templateSetId: string;
  readonly recipient: MessageRecipient;
  /** R-API-4, R-OO: a person named by identifier, looked up in a register the service may use for this purpose. */
  readonly identifier: { readonly scheme: string; readonly value: string } | null;
  readonly purpose: string | null;
  /** The register to ask, when the service may use more than one for the purpose. */
  readonly register: string | null;
  readonly personalisation: Readonly<Record<string, unknown>>;
  readonly method: RoutingMethod;
  readonly channels: readonly MessageChannel[];
  readonly fallbackAfter: Readonly<Partial<Record<MessageChannel, string>>>;
  readonly reference: string | null;
  readonly scheduledFor: Date | null;
  readonly language: string | null;
  readonly delegateMayRead: boolean;
}

/** Why a message was refused, in Notify's error vocabulary. */
export interface MessageProblem {
  readonly status: 400 | 403;
  readonly error: 'ValidationError' | 'BadRequestError' | 'AuthError';
  readonly message: string;
}
