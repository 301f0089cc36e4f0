#!/usr/bin/env node
// Runs a compiled entry point from dist/, resolving the workspace's @yntymak/* libraries to their
// compiled output (the same mapping tsconfig.base.json gives the compiler and jest).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const Module = require('node:module');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const entry = process.argv[2];
if (!entry) {
  process.stderr.write('usage: node scripts/run.js <path under apps/ or bench/ without extension> [args]\n');
  process.exit(2);
}
const target = path.join(dist, `${entry}.js`);
if (!fs.existsSync(target)) {
  process.stderr.write(`${path.relative(root, target)} is not built yet: run "npm run build" first.\n`);
  process.exit(2);
}

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request.startsWith('@yntymak/')) {
    request = path.join(dist, 'libs', request.slice('@yntymak/'.length), 'src', 'index.js');
  }
  return resolve.call(this, request, ...rest);
};
process.argv.splice(2, 1);
require(target);
