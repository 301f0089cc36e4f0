#!/usr/bin/env node
// Runs a TypeScript file from the source tree without building (developer tooling such as
// `npm run schema:write`): ts-node with the swc transpiler, and @yntymak/* resolved to
// libs/<name>/src as tsconfig.base.json and jest do. Type-checking is `npm run build`'s job.
'use strict';
const path = require('node:path');
const Module = require('node:module');

const root = path.resolve(__dirname, '..');
const entry = process.argv[2];
if (!entry) {
  process.stderr.write('usage: node scripts/ts-run.js <file.ts> [args]\n');
  process.exit(2);
}
require('ts-node').register({ swc: true, transpileOnly: true, project: path.join(root, 'tsconfig.json') });
require('reflect-metadata');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request.startsWith('@yntymak/')) request = path.join(root, 'libs', request.slice('@yntymak/'.length), 'src', 'index.ts');
  return resolve.call(this, request, ...rest);
};
process.argv.splice(2, 1);
require(path.resolve(root, entry));
