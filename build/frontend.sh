#!/usr/bin/env bash
# Builds or tests frontend/ for Maven. `build` installs the locked dependencies when they changed
# and bundles the TypeScript into target/classes/static/app; `test` runs Vitest once.
set -euo pipefail
cd "$(dirname "$0")/../frontend"

install_if_needed() {
  # npm ci is slow; repeat it only when the lock file is newer than the installed tree.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

case "${1:-build}" in
  build) install_if_needed; npm run --silent build ;;
  test)  install_if_needed; npm run --silent test ;;
  *) echo "usage: frontend.sh build|test" >&2; exit 2 ;;
esac
