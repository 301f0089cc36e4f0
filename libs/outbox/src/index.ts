export * from './event-type';
export * from './queue-name';
export * from './domain-event';
export * from './append-event';
export * from './outbox-relay';
export * from './create-queue';
export * from './event-handler';
export * from './claim-event';
