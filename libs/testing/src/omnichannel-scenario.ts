import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { TemplateSetAdministration, type TemplateSetRequest } from '@herald/administration';
import type { TemplateSetVersion } from '@herald/domain';
import { runHeraldCli } from './cli-under-test';
import type { HeraldUnderTest } from './herald-under-test';
import type { LoopbackCallbacks } from './loopback-callbacks';
import { bearerFor } from './notify-token';
import type { TestApiKey } from './scenario';

export const ADDRESS = { address_line_1: 'Jo Bloggs', address_line_2: '1 High Street', address_line_3: 'Cardiff', address_line_4: 'CF10 1AA' };

/** A live service with every channel, a live key and its `message_status` callback on a loopback endpoint. */
export interface OmnichannelDepartment {
  readonly serviceId: string;
  readonly key: TestApiKey;
  readonly callbackPath: string;
  readonly actor: { id: string; name: string };
}

export async function anOmnichannelDepartment(herald: HeraldUnderTest, endpoints: LoopbackCallbacks): Promise<OmnichannelDepartment> {
  const service = await herald.scenario.aService({ live: true });
  const callbackPath = `/messages/${service.id}`;
  const set = await runHeraldCli(
    herald.config,
    'callback',
    'set',
    '--service',
    service.id,
    '--type',
    'message-status',
    '--url',
    endpoints.url(callbackPath),
    '--token',
    `token-${randomUUID()}`,
  );
  if (set.code !== 0) throw new Error(`callback set failed: ${set.err}`);
  const user = await herald.scenario.aUser({ serviceId: service.id });
  return { serviceId: service.id, key: await herald.scenario.anApiKey(service.id, 'normal'), callbackPath, actor: { id: user.id, name: 'Test user' } };
}

/** An English set with a variant per channel, all taking ((name)) and ((ref)). */
export const ENGLISH_SET: TemplateSetRequest = {
  name: 'Appointment',
  kind: 'service',
  label: 'Your appointment',
  variants: [
    { channel: 'email', language: 'en', subject: 'Your appointment', content: 'Hello ((name)), your reference is ((ref)).' },
    { channel: 'sms', language: 'en', content: 'Hello ((name)), your reference is ((ref)).' },
    { channel: 'letter', language: 'en', subject: 'Your appointment', content: 'Hello ((name)), your reference is ((ref)).' },
  ],
};

export async function aPublishedSet(
  herald: HeraldUnderTest,
  department: OmnichannelDepartment,
  request: TemplateSetRequest = ENGLISH_SET,
): Promise<TemplateSetVersion> {
  const sets = herald.api.get(TemplateSetAdministration);
  const created = await sets.create(department.actor, department.serviceId, request);
  return sets.publish(department.actor, department.serviceId, created.id);
}

export function postMessage(herald: HeraldUnderTest, key: TestApiKey, body: object): request.Test {
  return request(herald.baseUrl).post('/herald/v1/messages').set('Authorization', bearerFor(key.serviceId, key.secret)).send(body);
}

export async function getMessage(herald: HeraldUnderTest, key: TestApiKey, id: string): Promise<MessageView> {
  const response = await request(herald.baseUrl).get(`/herald/v1/messages/${id}`).set('Authorization', bearerFor(key.serviceId, key.secret)).expect(200);
  return response.body as MessageView;
}

export interface MessageView {
  id: string;
  status: string;
  status_reason: string | null;
  lookup: { purpose: string | null; register: string | null; tries: number; fields_returned: string[] | null } | null;
  delivered_via: string | null;
  attempts: Array<{ id: string; channel: string; status: string; status_reason: string | null }>;
  route_plan: Array<{ channel: string; decision: string; reason: string; decided_by: string; language: string | null; attempt_id: string | null }>;
}

/** The created message, or the refusal's body in the failure (a 400 says why). */
export function created(response: { status: number; body: unknown }): MessageView {
  if (response.status !== 201) throw new Error(`expected 201, got ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body as MessageView;
}

/** A person's choices as they would tell them to service staff, recorded with `herald preference set` (global, or for `serviceId`). */
export async function aChoice(
  herald: HeraldUnderTest,
  contact: { emailAddress?: string; phoneNumber?: string },
  choice: Choice,
  serviceId?: string,
): Promise<void> {
  const scopeService = serviceId ?? (await herald.scenario.aService()).id;
  const onOff = (on: boolean) => (on ? 'on' : 'off');
  const args = [
    'preference',
    'set',
    '--service',
    scopeService,
    ...(contact.emailAddress ? ['--email', contact.emailAddress] : ['--phone', contact.phoneNumber!]),
    '--scope',
    serviceId ? 'service' : 'global',
    ...(choice.channels?.email !== undefined ? ['--email-channel', onOff(choice.channels.email)] : []),
    ...(choice.channels?.sms !== undefined ? ['--sms', onOff(choice.channels.sms)] : []),
    ...(choice.channels?.letter !== undefined ? ['--letter', onOff(choice.channels.letter)] : []),
    ...(choice.paperOnly !== undefined ? ['--paper-only', onOff(choice.paperOnly)] : []),
    ...(choice.language ? ['--language', choice.language] : []),
    ...(choice.formatNeeds ? ['--format-needs', choice.formatNeeds.join(',')] : []),
    ...(choice.mutedKinds ? ['--mute', choice.mutedKinds.join(',')] : []),
  ];
  const result = await runHeraldCli(herald.config, ...args);
  if (result.code !== 0) throw new Error(`herald preference set failed: ${result.err}`);
}

export interface Choice {
  readonly channels?: { readonly email?: boolean; readonly sms?: boolean; readonly letter?: boolean };
  readonly paperOnly?: boolean;
  readonly language?: 'en' | 'cy';
  readonly formatNeeds?: readonly string[];
  readonly mutedKinds?: readonly string[];
}
