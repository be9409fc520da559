export { notifyTimestamp } from './notify-timestamp';
export {
  EmailNotificationCreated,
  NotificationListResponse,
  NotificationResponse,
  NotifyErrorBody,
  TemplateReference,
} from './public-api.types';
