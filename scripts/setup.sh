#!/usr/bin/env bash
# Installs what TelesalesQa needs on Debian 12 (idempotent: installs only what is missing).
#   scripts/setup.sh          the runtime: PocketSphinx and its US English model
#   scripts/setup.sh --test   plus what the test suite needs
set -euo pipefail

packages=(libpocketsphinx3 pocketsphinx-en-us)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(pocketsphinx-testdata postgresql)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "Installing Debian packages: ${missing[*]}" >&2
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET 10 SDK is required (dotnet not on PATH): https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 1
fi
