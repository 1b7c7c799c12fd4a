#!/usr/bin/env bash
# Installs what `sop` needs on a fresh machine: a system Chromium for PDF (via apt-get when
# missing and running as root), poppler-utils for the PDF tests, and the npm dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

have_chromium() {
  [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] && [ -x "${PUPPETEER_EXECUTABLE_PATH}" ] && return 0
  for b in chromium chromium-browser google-chrome google-chrome-stable; do
    command -v "$b" >/dev/null 2>&1 && return 0
  done
  return 1
}

missing=()
have_chromium || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -qi 'liberation' || missing+=(fonts-liberation)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: missing ${missing[*]}; install them (Debian/Ubuntu: sudo apt-get install ${missing[*]})" >&2
  fi
fi

# npm ci installs exactly the lock file. Where the registry lacks some optional platform packages
# (rollup's binaries for other systems: a 404 here), npm ci refuses the lock as "out of sync";
# npm install then installs the same locked versions and skips what does not exist.
if ! npm ci --no-audit --no-fund; then
  echo "setup: npm ci refused the lock file; installing the locked versions with npm install" >&2
  npm install --no-audit --no-fund
fi
