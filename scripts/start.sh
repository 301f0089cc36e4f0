#!/usr/bin/env bash
# npm start: installs what is missing, builds, then starts the whole system (see apps/cli/src/start.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies (npm ci)..."
  npm ci --ignore-scripts --no-audit --no-fund
fi
echo "Building..."
npx tsc -p tsconfig.build.json
exec node scripts/run.js apps/cli/src/start "$@"
