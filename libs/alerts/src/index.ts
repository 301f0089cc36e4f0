export * from './alerts.module';
export * from './delivery/alert-writer';
export * from './delivery/push-alerts';
export * from './delivery/alert-publisher';
export * from './delivery/publish-alert.handler';
export * from './digest/send-daily-digests';
export * from './digest/render-digest';
export * from './digest/digest-scheduler';
