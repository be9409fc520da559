import { readFileSync } from 'node:fs';
import type { ServiceRegisterPurpose } from '@herald/domain';
import { CliError } from '../cli-error';
import { printList, printResult } from '../cli-output';
import type { CliSession } from '../cli-session';
import type { RegisterAddOptions, RegisterGrantOptions } from './register.command';

/** Adds or replaces a register, with the admin's checks of its settings; the audit record names the setting keys, never their values. */
export async function addRegister(session: CliSession, options: RegisterAddOptions): Promise<void> {
  const settings = readSettings(options.settingsFile);
  const existed = (await session.administration.registers.list()).some((r) => r.name === options.name);
  const saved = await session.administration.registers.save(await session.actor(), { name: options.name, adapter: options.adapter, settings });
  printResult(
    options.json,
    { name: saved.name, adapter: saved.adapter, settings: saved.settings },
    `${existed ? 'Updated' : 'Added'} register ${saved.name} (${saved.adapter})`,
  );
}

export async function listRegisters(session: CliSession, options: { json?: boolean }): Promise<void> {
  const registers = await session.administration.registers.list();
  printList(
    options.json,
    'registers',
    registers.map((r) => ({ name: r.name, adapter: r.adapter, settings: r.settings, grants: r.grants.map(grantJson) })),
    (r) => `${String(r.name)}  ${String(r.adapter)}  ${(r.grants as unknown[]).length} grant(s)  ${JSON.stringify(r.settings)}`,
    'No registers yet: add one with herald register add --name NAME --adapter fake --settings-file FILE',
  );
}

export async function grantPurpose(session: CliSession, options: RegisterGrantOptions): Promise<void> {
  const service = await session.administration.services.find(options.service);
  const grant = await session.administration.registers.grant(await session.actor(), service.id, {
    register: options.register,
    purpose: options.purpose,
    citizenLabel: options.label ?? '',
    reportUndeliverable: options.reportUndeliverable === true,
  });
  printResult(options.json, grantJson(grant), `${service.name} may ask ${grant.register} for contact details to ${grant.purpose} (“${grant.citizenLabel}”)`);
}

export async function revokePurpose(session: CliSession, options: RegisterGrantOptions): Promise<void> {
  const service = await session.administration.services.find(options.service);
  await session.administration.registers.revoke(await session.actor(), service.id, options.register, options.purpose);
  printResult(
    options.json,
    { service_id: service.id, register: options.register, purpose: options.purpose, revoked: true },
    `${service.name} may no longer ask ${options.register} for ${options.purpose}`,
  );
}

export async function listPurposes(session: CliSession, options: { service: string; json?: boolean }): Promise<void> {
  const service = await session.administration.services.find(options.service);
  const grants = await session.administration.registers.grantsOf(service.id);
  printList(
    options.json,
    'purposes',
    grants.map(grantJson),
    (g) => `${String(g.register)}  ${String(g.purpose)}  “${String(g.citizen_label)}”${g.report_undeliverable ? '  reports undeliverable' : ''}`,
    `${service.name} may not use any register yet: grant one with herald register grant`,
  );
}

function grantJson(grant: ServiceRegisterPurpose): Record<string, unknown> {
  return {
    service_id: grant.serviceId,
    register: grant.register,
    purpose: grant.purpose,
    citizen_label: grant.citizenLabel,
    report_undeliverable: grant.reportUndeliverable,
    created_at: grant.createdAt.toISOString(),
  };
}

function readSettings(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliError('invalid', `--settings-file: cannot read ${file}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError('invalid', `--settings-file: ${file} is not valid JSON`);
  }
}
