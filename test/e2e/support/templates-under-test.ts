import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TemplateVersion } from '@herald/domain';
import { TemplateRepository, UserRepository } from '@herald/persistence';
import { aTestConfig, HeraldUnderTest, TestApiKey } from '@herald/testing';

export const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;

/** A Notify error body with one error. */
export const notifyError = (status: number, name: string, message: string) => ({ status_code: status, errors: [{ error: name, message }] });

interface TemplateUser {
  readonly id: string;
  readonly emailAddress: string;
}

/**
 * Herald (API only) with one service, its live key, and two users who write its templates: the
 * set-up the template endpoints' suites (docs/api-contract.md §12.8 to §12.10) share.
 */
export class TemplatesUnderTest {
  private constructor(
    readonly herald: HeraldUnderTest,
    readonly key: TestApiKey,
    readonly author: TemplateUser,
    readonly editor: TemplateUser,
  ) {}

  static async start(): Promise<TemplatesUnderTest> {
    const herald = await HeraldUnderTest.start(await aTestConfig({ API_BASE_URL: 'https://api.herald.example' }));
    const service = await herald.scenario.aService();
    const key = await herald.scenario.anApiKey(service.id, 'normal');
    const users = herald.get(UserRepository);
    const author = await users.create({ emailAddress: `author-${randomUUID().slice(0, 8)}@example.gov.uk`, name: 'Author', platformAdmin: false });
    const editor = await users.create({ emailAddress: `editor-${randomUUID().slice(0, 8)}@example.gov.uk`, name: 'Editor', platformAdmin: false });
    return new TemplatesUnderTest(herald, key, author, editor);
  }

  get templates(): TemplateRepository {
    return this.herald.get(TemplateRepository);
  }

  anEmailTemplate(overrides: { name?: string; subject?: string; content?: string } = {}): Promise<TemplateVersion> {
    return this.templates.create(this.key.serviceId, {
      name: overrides.name ?? 'Reminder',
      type: 'email',
      subject: overrides.subject ?? 'Hello ((Name))',
      content: overrides.content ?? 'Dear ((name)),\r\n\r\nSee you on ((Day)).',
      createdById: this.author.id,
    });
  }

  /** Nothing in the API or the repositories hides a template, so the rows are changed directly. */
  async hide(templateId: string): Promise<void> {
    const db = this.herald.get(DataSource);
    await db.query('UPDATE templates SET hidden = true WHERE id = $1', [templateId]);
    await db.query('UPDATE template_versions SET hidden = true WHERE template_id = $1', [templateId]);
  }

  async anotherServiceKey(): Promise<TestApiKey> {
    return this.herald.scenario.anApiKey((await this.herald.scenario.aService()).id);
  }

  stop(): Promise<void> {
    return this.herald.stop();
  }
}
