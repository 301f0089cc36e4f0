export * from './detection/overlap-detector';
export * from './detection/detect-overlaps.handler';
export * from './overlap.module';
export * from './recompute/recompute-runner';
export * from './recompute/run-recompute.handler';
