import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { TemplateRepository } from '@herald/persistence';
import { bearerFor, HeraldUnderTest, TestApiKey } from '@herald/testing';
import { notifyError as error, TemplatesUnderTest, TIMESTAMP } from './support/templates-under-test';

const LEGACY_404 = {
  result: 'error',
  message: 'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
};

describe('templates (docs/api-contract.md §12.8 to §12.10)', () => {
  let world: TemplatesUnderTest;
  let herald: HeraldUnderTest;
  let key: TestApiKey;
  let templates: TemplateRepository;
  let author: { id: string; emailAddress: string };
  let editor: { id: string; emailAddress: string };

  beforeAll(async () => {
    world = await TemplatesUnderTest.start();
    ({ herald, key, templates, author, editor } = world);
  });
  afterAll(() => world.stop());

  const get = (path: string, as: TestApiKey = key) => request(herald.baseUrl).get(path).set('Authorization', bearerFor(as.serviceId, as.secret));
  const anEmailTemplate = (overrides?: { name?: string; content?: string }) => world.anEmailTemplate(overrides);
  const hide = (templateId: string) => world.hide(templateId);
  const anotherServiceKey = () => world.anotherServiceKey();

  describe('GET /v2/template/{id}', () => {
    it('returns every field, the body byte for byte and created_by as the author’s email', async () => {
      const template = await anEmailTemplate();
      const { body } = await get(`/v2/template/${template.id}`).expect(200);
      expect(body).toEqual({
        id: template.id,
        type: 'email',
        created_at: expect.stringMatching(TIMESTAMP),
        updated_at: null,
        created_by: author.emailAddress,
        version: 1,
        body: 'Dear ((name)),\r\n\r\nSee you on ((Day)).',
        subject: 'Hello ((Name))',
        name: 'Reminder',
        personalisation: { Name: { required: true }, Day: { required: true } },
        postage: null,
        letter_contact_block: null,
      });
      expect(Object.keys(body.personalisation)).toEqual(['Name', 'Day']);
    });

    it('accepts the id in capitals', async () => {
      const template = await anEmailTemplate();
      const { body } = await get(`/v2/template/${template.id.toUpperCase()}`).expect(200);
      expect(body.id).toBe(template.id);
    });

    it('shows a text message template without subject or postage', async () => {
      const template = await templates.create(key.serviceId, { name: 'Text', type: 'sms', subject: null, content: 'Code ((code))', createdById: author.id });
      const { body } = await get(`/v2/template/${template.id}`).expect(200);
      expect(body).toMatchObject({ type: 'sms', subject: null, postage: null, letter_contact_block: null, personalisation: { code: { required: true } } });
    });

    it('shows a letter’s postage and contact block, whose placeholders come first', async () => {
      const template = await templates.create(key.serviceId, {
        name: 'Letter',
        type: 'letter',
        subject: 'About ((topic))',
        content: 'Dear ((name))',
        postage: 'first',
        letterContactBlock: 'Office\n((office phone))',
        createdById: author.id,
      });
      const { body } = await get(`/v2/template/${template.id}`).expect(200);
      expect(body).toMatchObject({ type: 'letter', subject: 'About ((topic))', postage: 'first', letter_contact_block: 'Office\n((office phone))' });
      expect(Object.keys(body.personalisation)).toEqual(['office phone', 'topic', 'name']);
    });

    it('finds an archived template', async () => {
      const template = await anEmailTemplate();
      await templates.update(key.serviceId, template.id, { archived: true });
      await get(`/v2/template/${template.id}`).expect(200);
    });

    it('does not find a hidden template', async () => {
      const template = await anEmailTemplate();
      await hide(template.id);
      expect((await get(`/v2/template/${template.id}`).expect(404)).body).toEqual(error(404, 'NoResultFound', 'No result found'));
    });

    it('does not find another service’s template or an unknown id', async () => {
      const template = await anEmailTemplate();
      expect((await get(`/v2/template/${template.id}`, await anotherServiceKey()).expect(404)).body).toEqual(error(404, 'NoResultFound', 'No result found'));
      expect((await get(`/v2/template/${randomUUID()}`).expect(404)).body).toEqual(error(404, 'NoResultFound', 'No result found'));
    });

    it('refuses an id that is not a uuid', async () => {
      expect((await get('/v2/template/not-a-uuid').expect(400)).body).toEqual(error(400, 'ValidationError', 'id is not a valid UUID'));
    });

    it('needs an API key', async () => {
      const { body } = await request(herald.baseUrl).get(`/v2/template/${randomUUID()}`).expect(401);
      expect(body).toEqual(error(401, 'AuthError', 'Unauthorized: authentication token must be provided'));
    });
  });

  describe('GET /v2/template/{id}/version/{version}', () => {
    it('returns each version as it was, with who made it and when', async () => {
      const template = await anEmailTemplate({ name: 'First name', content: 'One ((a))' });
      await templates.update(key.serviceId, template.id, { name: 'Second name', content: 'Two ((b))', createdById: editor.id });

      const current = (await get(`/v2/template/${template.id}`).expect(200)).body;
      expect(current).toMatchObject({
        version: 2,
        name: 'Second name',
        body: 'Two ((b))',
        created_by: editor.emailAddress,
        updated_at: expect.stringMatching(TIMESTAMP),
      });

      const first = (await get(`/v2/template/${template.id}/version/1`).expect(200)).body;
      expect(first).toMatchObject({ version: 1, name: 'First name', body: 'One ((a))', created_by: author.emailAddress, updated_at: null });
      expect(first.personalisation).toEqual({ Name: { required: true }, a: { required: true } });
      expect(first.created_at).toBe(current.created_at);

      expect((await get(`/v2/template/${template.id}/version/2`).expect(200)).body).toEqual(current);
    });

    it('answers an unknown version with 404 No result found', async () => {
      const template = await anEmailTemplate();
      expect((await get(`/v2/template/${template.id}/version/7`).expect(404)).body).toEqual(error(404, 'NoResultFound', 'No result found'));
      expect((await get(`/v2/template/${template.id}/version/99999999999`).expect(404)).body).toEqual(error(404, 'NoResultFound', 'No result found'));
    });

    it('refuses version 0', async () => {
      const template = await anEmailTemplate();
      expect((await get(`/v2/template/${template.id}/version/0`).expect(400)).body).toEqual(
        error(400, 'ValidationError', 'version 0 is less than the minimum of 1'),
      );
    });

    it('treats a version that is not a whole number as an unknown URL', async () => {
      const template = await anEmailTemplate();
      for (const version of ['one', '1.5', '-1']) {
        expect((await get(`/v2/template/${template.id}/version/${version}`).expect(404)).body).toEqual(LEGACY_404);
      }
    });
  });

  describe('GET /v2/templates', () => {
    let lister: TestApiKey;

    beforeAll(async () => {
      lister = await anotherServiceKey();
      const make = (name: string, type: 'email' | 'sms' | 'letter') =>
        templates.create(lister.serviceId, { name, type, subject: type === 'sms' ? null : 'S', content: `${name} ${type}`, createdById: author.id });
      await make('Beta', 'sms');
      await make('Alpha', 'sms');
      await make('Beta', 'email');
      await make('Alpha', 'letter');
      const archived = await make('Archived', 'email');
      await templates.update(lister.serviceId, archived.id, { archived: true });
      await hide((await make('Hidden', 'letter')).id);
    });

    it('lists current, visible, unarchived templates by name then type', async () => {
      const { body } = await get('/v2/templates', lister).expect(200);
      expect(body.templates.map((t: { name: string; type: string }) => `${t.name} ${t.type}`)).toEqual(['Alpha letter', 'Alpha sms', 'Beta email', 'Beta sms']);
      expect(body.templates[0]).toEqual({
        id: expect.any(String),
        type: 'letter',
        created_at: expect.stringMatching(TIMESTAMP),
        updated_at: null,
        created_by: author.emailAddress,
        version: 1,
        body: 'Alpha letter',
        subject: 'S',
        name: 'Alpha',
        personalisation: {},
        postage: 'second',
        letter_contact_block: null,
      });
    });

    it('filters by type', async () => {
      const { body } = await get('/v2/templates?type=sms', lister).expect(200);
      expect(body.templates.map((t: { name: string }) => t.name)).toEqual(['Alpha', 'Beta']);
    });

    it('refuses an unknown type', async () => {
      const { body } = await get('/v2/templates?type=orange', lister).expect(400);
      expect(body).toEqual(error(400, 'ValidationError', 'type orange is not one of [sms, email, letter]'));
    });

    it('refuses any other parameter', async () => {
      const { body } = await get('/v2/templates?type=sms&colour=red', lister).expect(400);
      expect(body).toEqual(error(400, 'ValidationError', 'Additional properties are not allowed (colour was unexpected)'));
    });

    it('shows only the calling service’s templates', async () => {
      const { body } = await get('/v2/templates', await anotherServiceKey()).expect(200);
      expect(body).toEqual({ templates: [] });
    });
  });
});
