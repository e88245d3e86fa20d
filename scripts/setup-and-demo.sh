#!/usr/bin/env bash
# First command for a newcomer: installs what Lurewatch needs (Chromium and Firefox ESR from
# Debian, the npm dependencies), builds both targets and opens the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 || ! command -v firefox-esr >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium firefox-esr
fi
npm ci --no-audit --no-fund
npm run demo
