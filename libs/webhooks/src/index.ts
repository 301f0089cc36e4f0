export * from './webhooks.module';
export * from './webhook-delivery.module';
export * from './delivery/enqueue-delivery.handler';
export * from './delivery/lost-delivery-sweep';
export * from './domain/sign-webhook';
export * from './domain/webhook-secret';
export * from './domain/webhook-events';
