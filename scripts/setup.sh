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
  # Text in every script: DejaVu Sans has Latin, Greek, Cyrillic, Hebrew and
  # Arabic; WenQuanYi Micro Hei (5 MB, where Noto CJK is 90 MB) adds Chinese,
  # kana and Hangul. fontconfig finds them, FriBidi orders right-to-left text.
  libfontconfig-dev libfribidi-dev fontconfig
  fonts-wqy-microhei
  xvfb xauth
  # Reminders: libnotify sends desktop notifications over D-Bus; the tests run
  # a private bus (dbus-daemon, from dbus) with a stand-in notification server.
  libnotify-dev libglib2.0-dev dbus
  # systemd-analyze checks the units `remind --install` writes (systemctl too;
  # no systemd need run: the tests play the user manager).
  systemd
  locales
  # `export --format ics` writes the calendar with libical.
  libical-dev
  # Installing like a desktop app: the install test validates the desktop entry
  # (desktop-file-validate) and the AppStream metainfo (appstreamcli), renders
  # the manual page (man-db) and loads the bash completion (bash-completion);
  # `cpack -G DEB` needs dpkg-shlibdeps (dpkg-dev) and file. (The icon's PNGs
  # are in git; scripts/render-icons.sh, which needs librsvg2-bin, remakes them.)
  desktop-file-utils appstream man-db bash-completion dpkg-dev file
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# A comma locale, for the tests of numbers typed as 85,4 (and for anyone who uses it).
if ! locale -a 2>/dev/null | grep -qix 'de_DE\.utf8'; then
  "${sudo_cmd[@]}" sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen
  grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen || echo 'de_DE.UTF-8 UTF-8' | "${sudo_cmd[@]}" tee -a /etc/locale.gen >/dev/null
  "${sudo_cmd[@]}" locale-gen >/dev/null
fi
