#!/usr/bin/env bash
# System packages for the store tests: PostgreSQL server binaries (tests start a throwaway
# cluster with initdb/pg_ctl as the `postgres` user) and Chromium (browser tests drive Debian's
# chromium through Playwright with executable_path; nothing is downloaded by Playwright).
# Idempotent: installs only what is missing. Called by .ci/run.
set -euo pipefail

need=()
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 && ! command -v pg_ctl >/dev/null 2>&1; then
  need+=(postgresql)
fi
if ! command -v chromium >/dev/null 2>&1; then
  need+=(chromium fonts-dejavu-core)
fi
if ! command -v runuser >/dev/null 2>&1; then
  need+=(util-linux)
fi

if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "ci-system-deps: installing ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null
command -v chromium >/dev/null
echo "ci-system-deps: postgresql $(ls /usr/lib/postgresql | sort -V | tail -1), $(chromium --version 2>/dev/null | head -1)"
