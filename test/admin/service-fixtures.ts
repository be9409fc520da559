import { NotifyClient } from 'notifications-node-client';
import { randomUUID } from 'node:crypto';
import {
  GoLiveRequestRepository,
  InboundSmsRepository,
  InvitationRepository,
  JobRepository,
  LetterRepository,
  ServiceRepository,
  TemplateFolderRepository,
  UploadRepository,
} from '@herald/persistence';
import { LetterPdfRenderer } from '@herald/templating';
import { AdminUnderTest, omnichannelFixtures, oversightFixtures, TestUser } from '@herald/testing';

/**
 * One real object of the service for each route parameter the admin's service pages use, so every
 * page can be opened by its member. A new parameter name needs a value here.
 */
export async function serviceFixtures(herald: AdminUnderTest, serviceId: string, member: TestUser): Promise<Record<string, string>> {
  const scenario = herald.scenario;
  const template = await scenario.anEmailTemplate(serviceId);
  const key = await scenario.anApiKey(serviceId, 'normal', 'isolation key');
  const notification = await sendEmail(herald, key.key, template.id);
  return {
    templateId: template.id,
    folderId: (await herald.get(TemplateFolderRepository).create(serviceId, 'Isolation folder', null)).id,
    keyId: key.id,
    callbackType: 'delivery-receipts',
    notificationId: notification,
    letterId: await aLetterWithPdf(herald, serviceId),
    // A letter's page images (`letter-preview/:page`).
    page: 'page-1.png',
    userId: member.id,
    invitationId: await anInvitation(herald, serviceId),
    // Settings: one page serves each kind of sender (reply-to, sms-senders, letter-contacts).
    kind: 'reply-to',
    senderId: await scenario.aReplyTo(serviceId, 'isolation@example.gov.uk'),
    ...(await aBulkSend(herald, serviceId, template.id)),
    organisation: await anOrganisation(herald, serviceId),
    conversationId: await aReceivedText(herald, serviceId),
    ...(await omnichannelFixtures(herald, serviceId)),
    ...(await oversightFixtures(herald, serviceId)),
    // The operators' go-live confirmation and the text message provider switch-off confirmation.
    requestId: (await herald.get(GoLiveRequestRepository).create(serviceId, member.id, { volumes: { email: 12000, sms: 500, letter: 0 } })).id,
    name: 'outbox',
  };
}

async function sendEmail(herald: AdminUnderTest, apiKey: string, templateId: string): Promise<string> {
  const client = new NotifyClient(herald.apiUrl, apiKey);
  const response = await client.sendEmail(templateId, 'someone@example.gov.uk', { personalisation: { name: 'Sam', date: 'Monday' } });
  return (response.data as { id: string }).id;
}

/** A letter whose PDF is stored (as the worker stores it once rendered). */
async function aLetterWithPdf(herald: AdminUnderTest, serviceId: string): Promise<string> {
  const template = await herald.scenario.aTemplateOfType(serviceId, 'letter');
  const id = randomUUID();
  const letters = herald.get(LetterRepository);
  await letters.insert({
    id,
    serviceId,
    templateId: template.id,
    templateVersion: template.version,
    apiKeyId: null,
    keyType: 'normal',
    address: 'Sam\n1 High Street\nSW1A 1AA',
    personalisation: { name: 'Sam' },
    clientReference: null,
    postage: 'second',
    letterReference: 'ISOLATIONLETTER1',
    status: 'created',
    createdAt: new Date(),
  });
  // A real PDF: the admin draws its pages as images.
  const { pdf, pageCount } = await new LetterPdfRenderer().render({
    addressLines: ['Sam', '1 High Street', 'SW1A 1AA'],
    contactBlock: null,
    date: new Date(),
    heading: 'Letter heading',
    body: 'Hello Sam',
  });
  await letters.savePdf(serviceId, id, pdf, pageCount);
  return id;
}

/** A team invitation not yet accepted (the team page's cancel button). */
async function anInvitation(herald: AdminUnderTest, serviceId: string): Promise<string> {
  const expiresAt = new Date(Date.now() + 24 * 60 * 60 * 1000);
  return (
    await herald
      .get(InvitationRepository)
      .issue({ kind: 'team', serviceId, emailAddress: `invited-${randomUUID()}@example.gov.uk`, permissions: [], invitedBy: null, expiresAt })
  ).id;
}

/** A checked upload and the job sent from it (the bulk-send pages' uploadId and jobId). */
async function aBulkSend(herald: AdminUnderTest, serviceId: string, templateId: string): Promise<{ uploadId: string; jobId: string }> {
  const uploads = herald.get(UploadRepository);
  const jobUploadId = await uploads.begin({ serviceId, templateId, templateVersion: 1, fileName: 'people.csv', createdById: null });
  await uploads.appendChunk(jobUploadId, 0, [{ rowNumber: 2, values: { 'email address': 'someone@example.gov.uk', name: 'Sam', date: 'Monday' } }]);
  await uploads.complete(serviceId, jobUploadId, 1);
  await herald
    .get(JobRepository)
    .create({ id: jobUploadId, serviceId, templateId, templateVersion: 1, uploadId: jobUploadId, fileName: 'people.csv', rowCount: 1, createdById: null });
  const uploadId = await uploads.begin({ serviceId, templateId, templateVersion: 1, fileName: 'more.csv', createdById: null });
  await uploads.appendChunk(uploadId, 0, [{ rowNumber: 2, values: { 'email address': 'someone@example.gov.uk', name: 'Sam', date: 'Monday' } }]);
  await uploads.complete(serviceId, uploadId, 1);
  return { uploadId, jobId: jobUploadId };
}

/** The organisation the service sends for (the organisation page's :organisation). */
async function anOrganisation(herald: AdminUnderTest, serviceId: string): Promise<string> {
  const organisation = 'Department for Fixtures & Tests';
  await herald.get(ServiceRepository).update(serviceId, { organisation });
  return organisation;
}

/** A text someone sent the service (the received text messages pages' :conversationId). */
async function aReceivedText(herald: AdminUnderTest, serviceId: string): Promise<string> {
  const text = await herald.get(InboundSmsRepository).insert({
    serviceId,
    notifyNumber: '07700900500',
    userNumber: '447700900123',
    content: 'Is my appointment still on?',
    provider: 'twilio',
    providerReference: null,
  });
  return text!.id;
}
