export {
  EmailNotificationCreated,
  NotificationListResponse,
  NotificationResponse,
  NotifyErrorBody,
  TemplateReference,
} from './public-api.types';
export { TemplateListResponse, TemplatePreviewResponse, TemplateResponse } from './template-api.types';
export { SmsNotificationCreated } from './sms-api.types';
export { ReceivedTextMessage, ReceivedTextMessagesResponse } from './received-text-api.types';
export { LetterNotificationCreated, PrecompiledLetterCreated } from './letter-api.types';
