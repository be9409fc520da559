import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import request from 'supertest';
import type { TemplateSetRequest } from '@herald/administration';
import type { MeMessagesResponse } from '@herald/contracts';
import type { HeraldUnderTest, LoopbackIdentityProvider, OmnichannelDepartment } from '@herald/testing';

/** `/herald/v1/me` as one signed-in person sees it: each call carries a fresh access token of theirs. */
export class CitizenView {
  constructor(
    private readonly herald: HeraldUnderTest,
    private readonly idp: LoopbackIdentityProvider,
    readonly citizenId: string,
  ) {}

  /** The response, once it has the status expected. */
  async get(path: string, status = 200): Promise<request.Response> {
    return request(this.herald.baseUrl)
      .get(`/herald/v1/me${path}`)
      .set('Authorization', await this.idp.bearerFor(this.citizenId))
      .expect(status);
  }

  async put(path: string, body: object, status = 200): Promise<request.Response> {
    return request(this.herald.baseUrl)
      .put(`/herald/v1/me${path}`)
      .set('Authorization', await this.idp.bearerFor(this.citizenId))
      .send(body)
      .expect(status);
  }

  async messages(): Promise<MeMessagesResponse> {
    return (await this.get('/messages')).body as MeMessagesResponse;
  }
}

/** A live service of that name with a normal key (no callback: the person's view is what is tested). */
export async function aNamedDepartment(herald: HeraldUnderTest, name: string): Promise<OmnichannelDepartment> {
  const service = await herald.scenario.aService({ name, live: true });
  const user = await herald.scenario.aUser({ serviceId: service.id });
  return { serviceId: service.id, key: await herald.scenario.anApiKey(service.id, 'normal'), callbackPath: '', actor: { id: user.id, name: 'Test user' } };
}

/** An email-only set with the person-facing label given. */
export function anEmailSet(label: string, subject: string, kind: TemplateSetRequest['kind'] = 'service'): TemplateSetRequest {
  return { name: label, kind, label, variants: [{ channel: 'email', language: 'en', subject, content: 'Hello ((name)), your reference is ((ref)).' }] };
}

/** The published schema of the JSON export (docs/schemas), compiled strictly, with its formats checked. */
export function exportSchemaValidator(): ReturnType<Ajv2020['compile']> {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(__dirname, '../../../docs/schemas/me-export-v1.schema.json'), 'utf8')) as object);
}
