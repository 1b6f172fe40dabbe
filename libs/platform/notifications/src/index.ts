export { cancelNotifications, type NotificationSelector } from './cancel-notifications';
export { createDevelopmentGateway, type DevelopmentGatewayOptions } from './development-gateway';
export type { MessageToRender, RecipientToResolve, RenderedMessage } from './deliver-notification';
export { maskRecipient } from './mask-recipient';
export {
  PermanentDeliveryError,
  type NotificationGateway,
  type OutgoingMessage,
} from './notification-gateway';
export { notificationLogTable, type NotificationLogTable } from './notification-log-table';
export {
  notificationOutboxTable,
  type NotificationOutboxTable,
  type NotificationRow,
} from './notification-outbox-table';
export {
  createNotificationSender,
  startNotificationSender,
  type NotificationSender,
  type NotificationSenderOptions,
  type NotificationSenderWorker,
  type SendBatchResult,
} from './notification-sender';
export {
  newNotificationSchema,
  notificationChannels,
  notificationLanguages,
  notificationStatuses,
  type NewNotification,
  type NotificationChannel,
  type NotificationLanguage,
  type NotificationStatus,
  type TemplateParams,
} from './notification-types';
export { replaceNotification, type ReplaceResult } from './replace-notification';
export { scheduleNotification, type ScheduleResult } from './schedule-notification';
export {
  storedAddressOnly,
  storedOrTestAddress,
  withModuleAddresses,
  type ModuleAddressOf,
} from './recipient-addresses';
export { createHttpNotificationGateway, type HttpGatewayOptions } from './http-gateway';
