/** Notify: the public surface other modules, the server and the job runner may use. */

export { getNotification, listNotifications, retryNotification } from './application/admin.ts';
export { closeProviders, createProviders, loadNotifyConfig, type NotifyConfig } from './application/config.ts';
export {
  createDeliveryWorker,
  type DeliveryOptions,
  type DeliveryReport,
  type DeliveryWorker,
  unconfiguredReason,
} from './application/deliver.ts';
export { type Enqueued, enqueueNotification, type NotificationRequest } from './application/enqueue.ts';
export * from './contracts.ts';
export { backoffMs, DELIVERY_POLICY } from './domain/backoff.ts';
export { maskRecipient } from './domain/mask.ts';
export { renderTemplate, TEMPLATE_DATA, type TemplateData } from './domain/templates.ts';
export { notifyPermissions } from './http/permissions.ts';
export { registerNotifyRoutes } from './http/routes.ts';
export { createHttpGatewayProvider } from './infra/http-gateway-provider.ts';
export { DeliveryError, type OutgoingMessage, type Provider, type Providers } from './infra/provider.ts';
export { createSmtpProvider } from './infra/smtp-provider.ts';
export { OUTBOX_CHANNEL } from './infra/tables.ts';
export { NOTIFY_ERRORS, notifyError } from './notify.errors.ts';
