#!/usr/bin/env bash
# Make sure a browser exists for the Playwright tests, non-interactively and idempotently.
# On Debian as root with no browser, installs Debian's chromium (Playwright's own download
# cannot work on a closed network). Elsewhere it leaves things alone: playwright.config.ts
# falls back to a browser Playwright already has.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if [ -x /usr/bin/chromium ] && /usr/bin/chromium --version >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  for i in 1 2 3; do
    apt-get update -qq && break
    echo "apt-get update failed (try $i), retrying in 5s" >&2; sleep 5
  done
  apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    chromium fonts-dejavu-core >/dev/null
  /usr/bin/chromium --version 2>/dev/null || true
else
  echo "No /usr/bin/chromium and cannot apt-get here; using a browser Playwright already has." >&2
fi
