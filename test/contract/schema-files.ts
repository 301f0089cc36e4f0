import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** The schema the code serves, printed and committed: every API change shows in review. */
export const SCHEMA_FILE = path.join(root, 'schema.gql');
/** The schema of the last release: what clients in the field were built against. */
export const RELEASED_SCHEMA_FILE = path.join(root, 'schema.released.gql');
