#!/usr/bin/env bash
# The README's test command: install what is missing, build, run the whole suite, and end with
# one line "N passed, N failed, N skipped" counted from the test results. Exit code: non-zero if
# any test failed or the build broke.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"
# One summary line per test assembly ("Passed!  - Failed: 0, Passed: 50, Skipped: 0, ..."): summed below.
set +e
dotnet test TelesalesQa.sln -c Release -nologo --logger "console;verbosity=minimal" --results-directory "$results" 2>&1 | tee "$results/console.log"
status=${PIPESTATUS[0]}
set -e

passed=0; failed=0; skipped=0; assemblies=0
while IFS= read -r line; do
  assemblies=$((assemblies + 1))
  f=$(sed -n 's/.*Failed: *\([0-9]*\).*/\1/p' <<<"$line")
  p=$(sed -n 's/.*Passed: *\([0-9]*\).*/\1/p' <<<"$line")
  s=$(sed -n 's/.*Skipped: *\([0-9]*\).*/\1/p' <<<"$line")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
done < <(grep -E '^(Passed|Failed)! +- ' "$results/console.log")

if [[ $assemblies -eq 0 ]]; then
  echo "error: no test results were produced" >&2
  [[ $status -ne 0 ]] || status=1
fi
if [[ $failed -gt 0 && $status -eq 0 ]]; then status=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
