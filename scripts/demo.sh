#!/usr/bin/env bash
# The README's main command: install what is missing, build, and run the demo on the bundled
# sample recordings with the embedded default (SQLite and local folders under ./data).
# Extra arguments go to the demo command, e.g. scripts/demo.sh --data /tmp/qa-data
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
dotnet build src/TelesalesQa.Cli -c Release -nologo -v quiet -clp:ErrorsOnly
exec dotnet run --project src/TelesalesQa.Cli -c Release --no-build -- demo "$@"
