#!/usr/bin/env bash
# Manual check that the repository stands alone: clones it into an empty temporary folder (nothing beside
# it), then runs the README's install and test commands there. Then a production install (no dev
# dependencies) must still run `mailguard scan` and `mailguard vault --help`.
#
#   scripts/fresh-clone.sh            # npm ci && npm test (the whole suite: takes a while)
#   scripts/fresh-clone.sh --quick    # npm ci && npm run typecheck
#   KEEP=1 scripts/fresh-clone.sh     # keep the temporary folder for a look afterwards
set -euo pipefail

repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
test_command=(npm test)
if [[ "${1:-}" == "--quick" ]]; then test_command=(npm run typecheck); fi

work=$(mktemp -d "${TMPDIR:-/tmp}/mailguard-fresh-XXXXXX")
cleanup() { if [[ -z "${KEEP:-}" ]]; then rm -rf "$work"; else echo "kept: $work"; fi; }
trap cleanup EXIT

echo "== clone (committed state of $(git -C "$repo" rev-parse --short HEAD)) into $work/mailguard"
git clone --quiet --no-hardlinks "$repo" "$work/mailguard"
cd "$work/mailguard"

echo "== node $(node --version), npm $(npm --version)"
echo "== npm ci"
npm ci --no-audit --no-fund 2>&1 | tee "$work/ci.log"
if grep -q EBADENGINE "$work/ci.log"; then
  echo "FAIL: npm ci warned about engines (EBADENGINE)" >&2
  exit 1
fi

echo "== ${test_command[*]}"
"${test_command[@]}"

echo "== production install: npm ci --omit=dev"
rm -rf node_modules dist
npm ci --omit=dev --no-audit --no-fund
printf 'Hej!\nPersonnummer: 850709-9805\n' > "$work/pnr.txt"
set +e
node bin/mailguard.cjs scan --json "$work/pnr.txt"
status=$?
set -e
# Exit status 0: the file was read (what was found does not change it).
if [[ $status -ne 0 ]]; then
  echo "FAIL: mailguard scan exited $status after a production install" >&2
  exit 1
fi
node bin/mailguard.cjs vault --help > /dev/null
echo "OK: the repository installs, tests and runs on its own"
