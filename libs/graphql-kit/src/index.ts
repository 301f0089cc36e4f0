export * from './connection';
export * from './cursor';
export * from './format-error';
export * from './validation-pipe';
export * from './query-limits.plugin';
export * from './operation-metrics.plugin';
export * from './domain-error.filter';
export * from './request-loader';
