import { randomUUID } from 'node:crypto';
import { RegisterAdministration } from '@herald/administration';
import type { RegisterAdapter } from '@herald/domain';
import type { HeraldUnderTest } from './herald-under-test';

export interface RegisterGrant {
  readonly register: string;
  readonly purpose: string;
  readonly citizenLabel: string;
}

/**
 * A register connected by a platform admin and one purpose granted to the service, as
 * `herald register add` and `herald register grant` would (names unique to the suite).
 */
export async function aRegisterGrant(
  herald: HeraldUnderTest,
  serviceId: string,
  register: { adapter: RegisterAdapter; settings: Record<string, unknown> },
  grant: { purpose?: string; citizenLabel?: string; reportUndeliverable?: boolean } = {},
): Promise<RegisterGrant> {
  const admin = await herald.scenario.aUser({ platformAdmin: true });
  const actor = { id: admin.id, name: 'Platform admin' };
  const registers = herald.api.get(RegisterAdministration);
  const suffix = randomUUID().slice(0, 8);
  const name = `register-${suffix}`;
  await registers.save(actor, { name, adapter: register.adapter, settings: register.settings });
  const purpose = grant.purpose ?? `purpose-${suffix}`;
  const citizenLabel = grant.citizenLabel ?? 'To tell you about your benefit review';
  await registers.grant(actor, serviceId, { register: name, purpose, citizenLabel, reportUndeliverable: grant.reportUndeliverable ?? false });
  return { register: name, purpose, citizenLabel };
}
