import request from 'supertest';
import { TemplateRepository } from '@herald/persistence';
import { bearerFor, HeraldUnderTest, TestApiKey } from '@herald/testing';
import { notifyError as error, TemplatesUnderTest } from './support/templates-under-test';

describe('templates (docs/api-contract.md §12.8 to §12.10)', () => {
  let world: TemplatesUnderTest;
  let herald: HeraldUnderTest;
  let key: TestApiKey;
  let templates: TemplateRepository;
  let author: { id: string; emailAddress: string };

  beforeAll(async () => {
    world = await TemplatesUnderTest.start();
    ({ herald, key, templates, author } = world);
  });
  afterAll(() => world.stop());

  const preview = (id: string, body?: string | object, as: TestApiKey = key) => {
    const req = request(herald.baseUrl).post(`/v2/template/${id}/preview`).set('Authorization', bearerFor(as.serviceId, as.secret));
    return body === undefined ? req : req.send(body);
  };
  const anEmailTemplate = (overrides?: { subject?: string; content?: string }) => world.anEmailTemplate(overrides);
  const hide = (templateId: string) => world.hide(templateId);
  const anotherServiceKey = () => world.anotherServiceKey();

  describe('POST /v2/template/{id}/preview', () => {
    it('fills an email in and renders its HTML, answering 200', async () => {
      const template = await anEmailTemplate({ subject: 'Hi ((Name))', content: 'Dear ((name)),\r\n\r\n* ((Day))' });
      const { body } = await preview(template.id, { personalisation: { name: 'Ann <b>', day: 'Monday' } }).expect(200);
      expect(body).toEqual({
        id: template.id,
        type: 'email',
        version: 1,
        body: 'Dear Ann <b>,\r\n\r\n* Monday',
        subject: 'Hi Ann <b>',
        html: expect.stringContaining('Dear Ann &lt;b&gt;,'),
        postage: null,
      });
      expect(body.html).toContain('<li');
    });

    it('accepts an empty body when the template needs no personalisation', async () => {
      const template = await anEmailTemplate({ subject: 'Plain', content: 'Nothing to fill' });
      const { body } = await preview(template.id).expect(200);
      expect(body).toMatchObject({ body: 'Nothing to fill', subject: 'Plain' });
      await preview(template.id, { personalisation: {}, anything: 'else' }).expect(200);
    });

    it('names the missing personalisation as written, in order', async () => {
      const template = await anEmailTemplate();
      const { body } = await preview(template.id, { personalisation: { name: 'x' } }).expect(400);
      expect(body).toEqual(error(400, 'BadRequestError', 'Missing personalisation: Day'));
      const none = await preview(template.id, {}).expect(400);
      expect(none.body).toEqual(error(400, 'BadRequestError', 'Missing personalisation: Name, Day'));
    });

    it('counts a letter’s contact block placeholders and returns its postage', async () => {
      const template = await templates.create(key.serviceId, {
        name: 'Letter',
        type: 'letter',
        subject: 'About ((topic))',
        content: 'Dear ((name))\n\n((list))',
        postage: 'economy',
        letterContactBlock: '((contact block))',
        createdById: author.id,
      });
      const missing = await preview(template.id, { personalisation: { topic: 't', name: 'n', list: 'l' } }).expect(400);
      expect(missing.body).toEqual(error(400, 'BadRequestError', 'Missing personalisation: contact block'));
      const { body } = await preview(template.id, { personalisation: { topic: 'Tax & "you"', name: 'Jo', list: ['a', 'b'], 'contact block': 'c' } }).expect(
        200,
      );
      expect(body).toEqual({
        id: template.id,
        type: 'letter',
        version: 1,
        body: 'Dear Jo\n\n\n\n* a\n* b',
        subject: 'About Tax &amp; “you”',
        html: null,
        postage: 'economy',
      });
    });

    it('renders a text message without the service-name prefix', async () => {
      const template = await templates.create(key.serviceId, {
        name: 'Text',
        type: 'sms',
        subject: null,
        content: 'Your code ,  is ((code))…',
        createdById: author.id,
      });
      const { body } = await preview(template.id, { personalisation: { code: '123' } }).expect(200);
      expect(body).toEqual({ id: template.id, type: 'sms', version: 1, body: 'Your code, is 123...', subject: null, html: null, postage: null });
    });

    it('refuses personalisation that is not an object, and an id that is not a uuid', async () => {
      const template = await anEmailTemplate();
      expect((await preview(template.id, { personalisation: 'not_a_dict' }).expect(400)).body).toEqual(
        error(400, 'ValidationError', 'personalisation not_a_dict is not of type object'),
      );
      expect((await preview('nope', { personalisation: 'x' }).expect(400)).body).toEqual({
        status_code: 400,
        errors: [
          { error: 'ValidationError', message: 'id is not a valid UUID' },
          { error: 'ValidationError', message: 'personalisation x is not of type object' },
        ],
      });
    });

    it('refuses a body that is not JSON', async () => {
      const template = await anEmailTemplate();
      const { body } = await preview(template.id).set('Content-Type', 'application/json').send('{oops').expect(400);
      expect(body).toEqual(error(400, 'BadRequestError', 'Invalid JSON supplied in POST data'));
    });

    it('does not preview another service’s template or a hidden one', async () => {
      const template = await anEmailTemplate({ subject: 'x', content: 'y' });
      expect((await preview(template.id, {}, await anotherServiceKey()).expect(404)).body).toEqual(error(404, 'NoResultFound', 'No result found'));
      await hide(template.id);
      await preview(template.id, {}).expect(404);
    });
  });
});
