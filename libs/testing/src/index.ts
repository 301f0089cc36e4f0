export * from './test-database';
export * from './test-config';
export * from './wait-for';
export * from './graphql-client';
