import { randomUUID } from 'node:crypto';
import { HeraldUnderTest, LoopbackCallbacks, runHeraldCli, TestApiKey } from '@herald/testing';

/** A department: a service with keys and templates, and its callback endpoint on loopback. */
export interface Department {
  readonly serviceId: string;
  readonly live: TestApiKey;
  readonly test: TestApiKey;
  readonly emailTemplate: string;
  readonly smsTemplate: string;
  readonly path: string;
  readonly token: string;
}

/** A new department whose callback of `type` is set with `herald callback set` to its own path on `endpoints`. */
export async function aDepartmentOn(herald: HeraldUnderTest, endpoints: LoopbackCallbacks, type = 'delivery-status'): Promise<Department> {
  const service = await herald.scenario.aService();
  const path = `/callbacks/${service.id}`;
  const token = `token-${randomUUID()}`;
  const set = await runHeraldCli(
    herald.config,
    'callback',
    'set',
    '--service',
    service.id,
    '--type',
    type,
    '--url',
    endpoints.url(path),
    '--token',
    token,
    '--json',
  );
  expect(set).toEqual({ code: 0, err: '', out: `${JSON.stringify({ service_id: service.id, type, url: endpoints.url(path) })}\n` });
  return {
    serviceId: service.id,
    live: await herald.scenario.anApiKey(service.id, 'normal'),
    test: await herald.scenario.anApiKey(service.id, 'test'),
    emailTemplate: (await herald.scenario.anEmailTemplate(service.id)).id,
    smsTemplate: (await herald.scenario.anSmsTemplate(service.id, { content: 'Your code is ((code))' })).id,
    path,
    token,
  };
}
