#!/usr/bin/env bash
# Installs the Debian bookworm packages Stepwise needs, only those missing.
# Idempotent: a second run checks with dpkg and returns at once.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libimgui-dev libglfw3-dev libgl-dev libstb-dev
  libsqlitecpp-dev libsqlite3-dev libhowardhinnant-date-dev
  catch2 libcli11-dev nlohmann-json3-dev
  fonts-dejavu-core fonts-font-awesome
  xvfb xauth
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
