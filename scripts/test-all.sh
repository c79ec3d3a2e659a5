#!/usr/bin/env bash
# `npm test`: every gate, in order of cost. Typecheck, lint and formatting, build, unit tests (Vitest),
# browser tests (Playwright against the production build). Ends with one plain line
# "N passed, N failed" counting every test that ran.
set -uo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json
rc=0
step() { echo; echo "== $1"; }

step "browser"; bash scripts/ensure-chromium.sh || rc=1
step "typecheck"; npx tsc -b || rc=1
step "lint"; npx eslint . || rc=1
# Formatting is a gate too: 120 files had drifted from Prettier while nothing checked it.
npx prettier --check . --log-level warn || rc=1
step "build"; npx vite build --logLevel warn || rc=1
step "unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || rc=1
step "browser tests"
# A port nothing else on this machine is using (playwright.config.ts reads PORT).
export PORT="${PORT:-$(node scripts/freePort.mjs)}"
if ls e2e/*.spec.ts >/dev/null 2>&1; then
  PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json || rc=1
else
  echo "(no e2e specs yet)"
fi
step "summary"
node scripts/summary.mjs || rc=1
exit $rc
