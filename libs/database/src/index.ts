export * from './create-data-source';
export * from './run-migrations';
export * from './ensure-database';
export * from './probe-services';
export * from './tenant-db';
export * from './database.module';
export * from './pg-error';
export * from './owner-transaction';
