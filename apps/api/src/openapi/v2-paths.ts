import { type JsonSchema, oneOfValues, schemaRef, UUID } from '@herald/contracts';
import { NOTIFICATION_STATUS_FILTERS, TEMPLATE_TYPES } from '@herald/domain';
import { json, type OpenApiObject, operation, pathParameter, queryParameter } from './openapi-operations';

const NOTIFICATIONS = 'Notifications';
const TEMPLATES = 'Templates';

const notificationId = pathParameter('notificationId', UUID, 'The notification’s id (not a UUID: 400).');
const templateId = pathParameter('id', UUID, 'The template’s id.');
const olderThan = (what: string): OpenApiObject => queryParameter('older_than', UUID, `The id of a ${what}: only those older than it (the next page).`);
const PDF: Readonly<Record<string, JsonSchema>> = { 'application/pdf': { type: 'string', contentMediaType: 'application/pdf' } };

function sends(): Record<string, OpenApiObject> {
  const send = (channel: string, operationId: string, body: string[], answer: Readonly<Record<string, JsonSchema>>) =>
    operation({
      operationId,
      tag: NOTIFICATIONS,
      summary: `Send ${channel}`,
      description:
        'Counts towards the rate limit and the daily limits. The request is checked, stored and queued; the provider is called later. ' +
        'Smoke-test recipients are answered 201 but nothing is stored.',
      body: { schemas: body, required: true },
      success: { status: 201, description: 'Accepted: stored and queued.', content: answer },
      errors: [400, 413, 429],
    });
  // One path for both kinds of letter, as Notify: a body with `content` is a precompiled PDF.
  const letter = { 'application/json': { oneOf: [schemaRef('LetterNotificationCreated'), schemaRef('PrecompiledLetterCreated')] } };
  return {
    '/v2/notifications/email': { post: send('an email', 'sendEmail', ['SendEmailRequest'], json('EmailNotificationCreated')) },
    '/v2/notifications/sms': { post: send('a text message', 'sendSms', ['SendSmsRequest'], json('SmsNotificationCreated')) },
    '/v2/notifications/letter': { post: send('a letter', 'sendLetter', ['SendLetterRequest', 'SendPrecompiledLetterRequest'], letter) },
  };
}

function reads(): Record<string, OpenApiObject> {
  return {
    '/v2/notifications': {
      get: operation({
        operationId: 'listNotifications',
        tag: NOTIFICATIONS,
        summary: 'List notifications',
        description: 'Newest first, 250 a page, of the last 7 days, sent with the same key type as the key asking. Any other parameter is a ValidationError.',
        parameters: [
          queryParameter('template_type', oneOfValues(TEMPLATE_TYPES), 'Only these channels.', { repeatable: true }),
          queryParameter('status', oneOfValues(NOTIFICATION_STATUS_FILTERS), 'Only these statuses (`failed`: every failure).', { repeatable: true }),
          queryParameter('reference', { type: 'string' }, 'Your reference, exactly.'),
          olderThan('notification'),
          queryParameter('include_jobs', { enum: ['true', 'True'] }, 'Include notifications from bulk sends (spreadsheets).'),
        ],
        success: { status: 200, description: 'A page of notifications.', content: json('NotificationList') },
        errors: [400],
      }),
    },
    '/v2/notifications/{notificationId}': {
      get: operation({
        operationId: 'getNotification',
        tag: NOTIFICATIONS,
        summary: 'Get a notification',
        description: 'Any of the service’s notifications of the last 7 days, whatever the key type.',
        parameters: [notificationId],
        success: { status: 200, description: 'The notification.', content: json('NotificationResponse') },
        errors: [400, 404],
      }),
    },
    '/v2/notifications/{notificationId}/pdf': {
      get: operation({
        operationId: 'getLetterPdf',
        tag: NOTIFICATIONS,
        summary: 'Get a letter’s PDF',
        description: 'A precompiled letter’s PDF byte for byte, or the rendered one. Errors are JSON: 400 `PDFNotReadyError` while it is being made.',
        parameters: [notificationId],
        success: { status: 200, description: 'The PDF.', content: PDF },
        errors: [400, 404],
      }),
    },
  };
}

function templates(): Record<string, OpenApiObject> {
  return {
    '/v2/template/{id}': {
      get: operation({
        operationId: 'getTemplate',
        tag: TEMPLATES,
        summary: 'Get a template',
        description: 'Its current version. Archived templates can be read but not sent.',
        parameters: [templateId],
        success: { status: 200, description: 'The template.', content: json('TemplateResponse') },
        errors: [400, 404],
      }),
    },
    '/v2/template/{id}/version/{version}': {
      get: operation({
        operationId: 'getTemplateVersion',
        tag: TEMPLATES,
        summary: 'Get a version of a template',
        parameters: [templateId, pathParameter('version', { type: 'integer', minimum: 1 }, 'The version number.')],
        success: { status: 200, description: 'That version.', content: json('TemplateResponse') },
        errors: [400, 404],
      }),
    },
    '/v2/templates': {
      get: operation({
        operationId: 'listTemplates',
        tag: TEMPLATES,
        summary: 'List templates',
        description: 'Every template that is not archived, current versions, by name.',
        parameters: [queryParameter('type', oneOfValues(TEMPLATE_TYPES), 'Only templates of this type.')],
        success: { status: 200, description: 'The templates.', content: json('TemplateList') },
        errors: [400],
      }),
    },
    '/v2/template/{id}/preview': {
      post: operation({
        operationId: 'previewTemplate',
        tag: TEMPLATES,
        summary: 'Preview a template',
        description: 'The current version filled in, as a notification would be. Answered 200, not 201.',
        parameters: [templateId],
        body: { schemas: ['TemplatePreviewRequest'], required: false },
        success: { status: 200, description: 'The filled-in template.', content: json('TemplatePreview') },
        errors: [400, 404, 413],
      }),
    },
    '/v2/received-text-messages': {
      get: operation({
        operationId: 'listReceivedTextMessages',
        tag: 'Received text messages',
        summary: 'List received text messages',
        description: 'Texts people sent to the service’s inbound number, newest first, 250 a page.',
        parameters: [olderThan('received text')],
        success: { status: 200, description: 'A page of received texts.', content: json('ReceivedTextMessageList') },
        errors: [400],
      }),
    },
  };
}

/** Notify's v2 API, path for path (docs/api.md). */
export function v2Paths(): Record<string, OpenApiObject> {
  return { ...sends(), ...reads(), ...templates() };
}
