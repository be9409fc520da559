import { FieldProblem, InvalidFieldsError, REGISTER_ADAPTERS, RegisterAdapter } from '@herald/domain';
import { REDACTED_SECRET, registerSettingsProblems } from '@herald/registers';

/** A register to add, or the new adapter and settings of one (platform admins only). */
export interface RegisterRequest {
  readonly name: string;
  readonly adapter: string;
  readonly settings: unknown;
  /** From a form that never shows the token: a blank token keeps the register's current one (as a still-redacted one always does). */
  readonly blankTokenKeepsCurrent?: boolean;
}

/** A purpose a service may ask a register for, with the words citizens see (R-TR-3). */
export interface RegisterGrantRequest {
  readonly register: string;
  readonly purpose: string;
  readonly citizenLabel: string;
  /** R-OO-5: tell the register when an address it gave turns out undeliverable. */
  readonly reportUndeliverable?: boolean;
}

/** Register names and purpose codes: short, lower-case, safe in a URL and a CLI argument. */
const CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const CODE_RULE = 'lower-case letters, digits, hyphens and underscores, at most 64 characters';

export interface CheckedRegister {
  readonly name: string;
  readonly adapter: RegisterAdapter;
  readonly settings: Record<string, unknown>;
}

/** The request's fields checked; the settings with libs/registers' rules for the adapter. */
export function checkedRegister(request: RegisterRequest, currentSettings: Readonly<Record<string, unknown>> | null): CheckedRegister {
  const problems: FieldProblem[] = [];
  const name = typeof request.name === 'string' ? request.name.trim() : '';
  if (!CODE.test(name)) problems.push({ field: 'name', message: `Enter the register’s name: ${CODE_RULE}` });
  const adapter = request.adapter as RegisterAdapter;
  if (!(REGISTER_ADAPTERS as readonly string[]).includes(adapter)) {
    problems.push({ field: 'adapter', message: `Choose the adapter: ${REGISTER_ADAPTERS.join(', ')}` });
  }
  const given = request.settings;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    problems.push({ field: 'settings', message: 'Enter the settings as a JSON object' });
    throw new InvalidFieldsError(problems);
  }
  const settings = withKeptToken(given as Record<string, unknown>, currentSettings, request.blankTokenKeepsCurrent === true);
  if (problems.length === 0) problems.push(...registerSettingsProblems(adapter, settings).map((message) => ({ field: 'settings', message })));
  if (problems.length) throw new InvalidFieldsError(problems);
  return { name, adapter, settings };
}

export function checkedGrant(request: RegisterGrantRequest): Required<RegisterGrantRequest> {
  const problems: FieldProblem[] = [];
  const purpose = typeof request.purpose === 'string' ? request.purpose.trim() : '';
  const citizenLabel = typeof request.citizenLabel === 'string' ? request.citizenLabel.trim() : '';
  if (!CODE.test(purpose)) problems.push({ field: 'purpose', message: `Enter the purpose code: ${CODE_RULE}` });
  if (citizenLabel === '' || citizenLabel.length > 255) {
    problems.push({ field: 'citizenLabel', message: 'Enter the purpose in words the person will understand, at most 255 characters' });
  }
  if (request.reportUndeliverable !== undefined && typeof request.reportUndeliverable !== 'boolean') {
    problems.push({ field: 'reportUndeliverable', message: 'Say whether to report undeliverable addresses to the register' });
  }
  if (problems.length) throw new InvalidFieldsError(problems);
  return { register: String(request.register), purpose, citizenLabel, reportUndeliverable: request.reportUndeliverable === true };
}

/** The redaction marker always means "keep the current token" (settings copied from a listing); a blank one only when asked. */
function withKeptToken(settings: Record<string, unknown>, current: Readonly<Record<string, unknown>> | null, blankKeeps: boolean): Record<string, unknown> {
  const blank = settings.token === undefined || settings.token === '';
  if (settings.token !== REDACTED_SECRET && !(blankKeeps && blank)) return settings;
  const { token: _kept, ...rest } = settings;
  return current?.token === undefined ? rest : { ...rest, token: current.token };
}
