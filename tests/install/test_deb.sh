#!/usr/bin/env bash
# Builds the .deb with CPack from the build folder into a temporary folder and
# checks it: dependencies are runtime packages (no -dev), computed by
# dpkg-shlibdeps; it holds the desktop files; and the binary unpacked from it
# runs (`stepwise --version`) with the libraries the system has.
# Usage: test_deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  if ! command -v "$tool" >/dev/null; then
    echo "FAIL: $tool is missing (scripts/setup.sh installs dpkg-dev)" >&2
    exit 1
  fi
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# The build's CPack settings, installing with its cmake_install.cmake only (as
# `cpack -G DEB` in the build folder does: into /usr, stripped), because plain
# cpack first builds the `preinstall` target, the whole tree, which a test
# running beside others must not do.
cat >"$tmp/install.cmake" <<INSTALL
set(CMAKE_INSTALL_PREFIX /usr)
set(CMAKE_INSTALL_DO_STRIP 1)
include("$build/cmake_install.cmake")
INSTALL
cat >"$tmp/config.cmake" <<CONFIG
include("$build/CPackConfig.cmake")
set(CPACK_INSTALL_CMAKE_PROJECTS "")
set(CPACK_INSTALL_SCRIPTS "$tmp/install.cmake")
CONFIG
cpack -G DEB --config "$tmp/config.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 || {
  cat "$tmp/cpack.log" >&2
  exit 1
}
debs=("$tmp"/out/stepwise_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "FAIL: no single stepwise_*.deb: ${debs[*]}" >&2; exit 1; }
deb=${debs[0]}

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
[ -n "$depends" ] || fail "the package has no dependencies"
for lib in libc6 libsqlite3 libglfw3 libical3 libnotify4 libfribidi0; do
  [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib (linked by the binary)"
done
IFS=',' read -r -a packages <<<"$depends"
for p in "${packages[@]}"; do
  name=$(echo "$p" | sed 's/^ *//; s/[ (].*//')
  [[ $name == *-dev ]] && fail "Depends has a development package: $name"
done
[ "$(dpkg-deb -f "$deb" Package)" = stepwise ] || fail "the package is not named stepwise"

contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/stepwise ./usr/share/applications/io.github.stepwise.Stepwise.desktop \
  ./usr/share/metainfo/io.github.stepwise.Stepwise.metainfo.xml ./usr/share/man/man1/stepwise.1.gz \
  ./usr/share/icons/hicolor/scalable/apps/io.github.stepwise.Stepwise.svg \
  ./usr/share/bash-completion/completions/stepwise; do
  grep -q " $f\$" <<<"$contents" || fail "the package lacks $f"
done

dpkg-deb -x "$deb" "$tmp/root"
version=$("$tmp/root/usr/bin/stepwise" --version) || fail "the packaged stepwise --version exits $?"
[[ $version == "stepwise "* ]] || fail "the packaged stepwise --version printed '$version'"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "built and checked $(basename "$deb")"
