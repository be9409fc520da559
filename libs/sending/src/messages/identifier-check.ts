import { Injectable } from '@nestjs/common';
import type { RecipientIdentifier, ServiceRegisterPurpose } from '@herald/domain';
import { RegisterRepository, ServiceRegisterPurposeRepository } from '@herald/persistence';
import type { MessageProblem } from './message-command';

export type IdentifierVerdict = { readonly ok: true; readonly grant: ServiceRegisterPurpose } | { readonly ok: false; readonly problem: MessageProblem };

const SCHEME = /^[a-z0-9][a-z0-9_.-]{0,63}$/i;

/**
 * R-API-4, R-OO: a recipient named by identifier needs a purpose the service may use a register
 * for. Anything else is refused here, in the API request, before any look-up (the look-up itself
 * happens in the worker).
 */
@Injectable()
export class IdentifierCheck {
  constructor(
    private readonly grants: ServiceRegisterPurposeRepository,
    private readonly registers: RegisterRepository,
  ) {}

  async check(serviceId: string, identifier: RecipientIdentifier, purpose: string | null, register: string | null): Promise<IdentifierVerdict> {
    if (!SCHEME.test(identifier.scheme)) return refused(400, 'recipient.identifier.scheme must be letters, digits, dots, dashes or underscores');
    if (!identifier.value.trim() || identifier.value.length > 128) return refused(400, 'recipient.identifier.value must be 1 to 128 characters');
    if (!purpose) return refused(403, 'purpose is required when a recipient is given by identifier');
    const grants = await this.grants.matching(serviceId, purpose, register);
    if (grants.length === 0) {
      return refused(
        403,
        register ? `purpose ${purpose} is not allowed for this service with register ${register}` : `purpose ${purpose} is not allowed for this service`,
      );
    }
    if (grants.length > 1) {
      return refused(400, `register is required: purpose ${purpose} is allowed with registers ${grants.map((g) => g.register).join(', ')}`);
    }
    const [grant] = grants;
    const definition = await this.registers.find(grant.register);
    const schemes = (definition?.settings.schemes as string[] | undefined) ?? [];
    if (!schemes.map((s) => s.toLowerCase()).includes(identifier.scheme.toLowerCase())) {
      return refused(400, `recipient.identifier.scheme ${identifier.scheme} is not one register ${grant.register} answers (${schemes.join(', ') || 'none'})`);
    }
    return { ok: true, grant };
  }
}

function refused(status: 400 | 403, message: string): IdentifierVerdict {
  return { ok: false, problem: { status, error: status === 403 ? 'AuthError' : 'ValidationError', message } };
}
