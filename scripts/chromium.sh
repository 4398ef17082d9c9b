#!/usr/bin/env bash
# Make sure a Chromium exists for the browser tests (tests/browser/conftest.py finds it):
# $DIG_CHROMIUM or Debian's chromium if present; else Debian's package when we may install it;
# else Playwright's own build, downloaded into its cache.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${DIG_CHROMIUM:-}" ]; then
  [ -x "$DIG_CHROMIUM" ] && exit 0
  echo "DIG_CHROMIUM=$DIG_CHROMIUM is not an executable file." >&2
  exit 1
fi
if [ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's Chromium for the browser tests."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Installing Playwright's Chromium for the browser tests."
exec .venv/bin/playwright install chromium
