export * from './detection/overlap-detector';
export * from './detection/detect-overlaps.handler';
export * from './overlap.module';
