export * from './principal';
export * from './execution-context';
