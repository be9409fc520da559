import { randomBytes, randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BOTH_DATABASES, openPersistence } from '@herald/testing';
import { NewDocument, NewNotification } from '@herald/domain';
import { DocumentRepository } from './document.repository';
import { ServiceRepository } from './service.repository';
import { TemplateRepository } from './template.repository';

describe.each(BOTH_DATABASES)('files sent by email on %s', (_name, makeConfig) => {
  let app: INestApplicationContext;
  let documents: DocumentRepository;
  let serviceId: string;
  let templateId: string;

  beforeAll(async () => {
    app = await openPersistence(await makeConfig());
    documents = app.get(DocumentRepository);
    serviceId = (await app.get(ServiceRepository).create({ name: `Files ${randomUUID()}`, restricted: false })).id;
    templateId = (await app.get(TemplateRepository).create(serviceId, { name: 'File', type: 'email', subject: 'File', content: '((file))' })).id;
  });
  afterAll(() => app.close());

  const aNotification = (): NewNotification => ({
    id: randomUUID(),
    serviceId,
    templateId,
    templateVersion: 1,
    apiKeyId: null,
    keyType: 'normal',
    type: 'email',
    recipient: 'Jo@Example.com',
    normalisedRecipient: 'jo@example.com',
    personalisation: {},
    clientReference: null,
    replyTo: null,
    oneClickUnsubscribeUrl: null,
    createdById: null,
    createdAt: new Date(),
  });
  const aDocument = (overrides: Partial<NewDocument> = {}): NewDocument => ({
    id: randomUUID(),
    serviceId,
    content: randomBytes(64),
    mimeType: 'application/pdf',
    filename: 'letter.pdf',
    confirmEmail: true,
    normalisedRecipient: 'jo@example.com',
    key: randomBytes(32).toString('base64url'),
    expiresAt: new Date(Date.now() + 60_000),
    ...overrides,
  });

  it('stores the bytes encrypted and gives them back only with the right key', async () => {
    const document = aDocument();
    await documents.insertWithNotification(aNotification(), [document]);
    const [row] = await app.get(DataSource).query(`SELECT content, key_hash, recipient_hash FROM documents WHERE id = '${document.id}'`);
    expect(row.content).not.toContain(document.content.toString('base64'));
    expect(row.key_hash).not.toBe(document.key);
    expect(row.recipient_hash).not.toContain('example.com');

    expect(await documents.findWithKey(serviceId, document.id, document.key)).toMatchObject({
      id: document.id,
      sizeBytes: 64,
      filename: 'letter.pdf',
      confirmEmail: true,
    });
    expect(await documents.findWithKey(serviceId, document.id, 'wrong')).toBeNull();
    expect((await documents.content(serviceId, document.id))?.equals(document.content)).toBe(true);
  });

  it('checks the recipient against the hash of their normalised address', async () => {
    const document = aDocument();
    await documents.insertWithNotification(aNotification(), [document]);
    expect(await documents.isRecipient(serviceId, document.id, 'jo@example.com')).toBe(true);
    expect(await documents.isRecipient(serviceId, document.id, 'someone@example.com')).toBe(false);
  });

  it('never shows one service’s file to another', async () => {
    const document = aDocument();
    await documents.insertWithNotification(aNotification(), [document]);
    const other = (await app.get(ServiceRepository).create({ name: `Other ${randomUUID()}`, restricted: false })).id;
    expect(await documents.findWithKey(other, document.id, document.key)).toBeNull();
    expect(await documents.content(other, document.id)).toBeNull();
    expect(await documents.isRecipient(other, document.id, 'jo@example.com')).toBe(false);
  });

  it('deletes files past their retention period a batch at a time and keeps the rest', async () => {
    const expired = [1, 2, 3].map((minutes) => aDocument({ expiresAt: new Date(Date.now() - minutes * 60_000) }));
    const current = aDocument();
    await documents.insertWithNotification(aNotification(), [...expired, current]);
    expect(await documents.deleteExpiredBatch(2)).toBe(2);
    expect(await documents.deleteExpiredBatch(2)).toBe(1);
    expect(await documents.deleteExpiredBatch(2)).toBe(0);
    for (const document of expired) expect(await documents.content(serviceId, document.id)).toBeNull();
    expect(await documents.content(serviceId, current.id)).not.toBeNull();
  });
});
