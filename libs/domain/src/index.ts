export * from './notifications/notification-status';
export * from './notifications/notification-types';
export * from './errors/notify-error';
export * from './errors/not-found.error';
export * from './channels/provider-error';
export * from './channels/email-provider';
export * from './services/email-local-part';
export * from './recipients/email-address';
