#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks what a desktop expects:
# the binary runs; the desktop entry, the metainfo and the icons agree on one
# app id; desktop-file-validate and `appstreamcli validate --no-net` pass (when
# installed: scripts/setup.sh installs them); the manual page renders without
# warnings and names every command; bash completion offers every command and
# every flag that `--help` lists.
# Usage: test_install.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
skip() { echo "skipped: $*"; }

cmake --install "$build" --prefix "$prefix" >"$tmp/install.log"
id=io.github.stepwise.Stepwise
bin=$prefix/bin/stepwise
share=$prefix/share

for f in "$bin" "$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml" \
  "$share/icons/hicolor/scalable/apps/$id.svg" "$share/man/man1/stepwise.1.gz" \
  "$share/bash-completion/completions/stepwise"; do
  [ -f "$f" ] || fail "not installed: ${f#"$prefix"/}"
done
[ -x "$bin" ] || fail "the binary is not executable"
version=$("$bin" --version) || fail "stepwise --version exits $?"
[[ $version == "stepwise "[0-9]* ]] || fail "stepwise --version printed '$version'"

# Icons: one PNG per hicolor size, each as large as its folder says (the IHDR width and height).
for size in 16 24 32 48 64 128 256 512; do
  png=$share/icons/hicolor/${size}x${size}/apps/$id.png
  if [ ! -f "$png" ]; then fail "no ${size}x${size} icon"; continue; fi
  read -r -a dims <<<"$(od -An -tu1 -j16 -N8 "$png")"
  w=$(((dims[0] << 24) | (dims[1] << 16) | (dims[2] << 8) | dims[3]))
  h=$(((dims[4] << 24) | (dims[5] << 16) | (dims[6] << 8) | dims[7]))
  [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "$png is ${w}x${h}, not ${size}x${size}"
done

# One app id: the desktop entry's Icon and Exec, the metainfo's id and launchable.
desktop=$share/applications/$id.desktop
grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's Icon is not $id"
grep -qx "Exec=stepwise" "$desktop" || fail "the desktop entry does not start the window (Exec=stepwise)"
metainfo=$share/metainfo/$id.metainfo.xml
grep -q "<id>$id</id>" "$metainfo" || fail "the metainfo's id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "the metainfo does not launch $id.desktop"
grep -q "<screenshot" "$metainfo" || fail "the metainfo has no screenshot"
grep -q "<release version=\"$("$bin" --version | cut -d' ' -f2)\"" "$metainfo" || fail "the metainfo has no release for $version"

if command -v desktop-file-validate >/dev/null; then
  out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
  [ -z "$out" ] || fail "desktop-file-validate: $out"
else
  skip "desktop-file-validate is not installed (scripts/setup.sh installs desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --explain "$metainfo" >"$tmp/appstream.log" 2>&1 || fail "appstreamcli validate: $(cat "$tmp/appstream.log")"
else
  skip "appstreamcli is not installed (scripts/setup.sh installs appstream)"
fi

# Commands as `--help` lists them ("  name   description" under "Subcommands:").
subcommands_of() { "$bin" "$@" --help | awk '/^Subcommands:/ { s = 1; next } s && /^  [a-z]/ { print $1 }'; }
# Flags as `--help` lists them, without -h,--help.
flags_of() {
  "$bin" "$@" --help | awk '/^Options:/ { s = 1; next } /^[A-Z][a-z]*:/ { s = 0 } s && /^  -/ { print $1 }' |
    tr ',' '\n' | grep -v -x -e '-h' -e '--help' || true
}
commands=$(subcommands_of)
[ "$(echo "$commands" | wc -w)" -ge 15 ] || fail "stepwise --help lists only: $commands"

man_text=""
if command -v man >/dev/null; then
  man_text=$(MANWIDTH=100 man --warnings -l "$share/man/man1/stepwise.1.gz" 2>"$tmp/man.err") || fail "man -l exits $?"
  [ ! -s "$tmp/man.err" ] || fail "man -l warns: $(cat "$tmp/man.err")"
else
  skip "man is not installed; reading the page's source instead"
  man_text=$(gzip -dc "$share/man/man1/stepwise.1.gz" | sed 's/\\f[BIRP]//g; s/\\-/-/g')
fi
[[ $man_text == *"EXIT STATUS"* ]] || fail "the manual page has no EXIT STATUS"

completion=$share/bash-completion/completions/stepwise
bash -n "$completion" || fail "the completion script does not parse"
# What the completion offers for a command line (the last word is being typed).
complete_line() {
  bash -c '
    source /usr/share/bash-completion/bash_completion 2>/dev/null || { _init_completion() { cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]}; words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; }; _filedir() { :; }; }
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _stepwise stepwise "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$@"
}
offered=$(complete_line stepwise "")
[[ $(complete_line stepwise export --format "") == *csv*ics* ]] || fail "completion does not offer export's formats"

for cmd in $commands; do
  grep -qE "^ {7}$cmd( |$)" <<<"$man_text" || fail "the manual page does not describe '$cmd'"
  grep -qx "$cmd" <<<"$offered" || fail "completion does not offer '$cmd'"
  subs=$(subcommands_of "$cmd")
  for flag in $(flags_of "$cmd"); do
    grep -qx -- "$flag" <<<"$(complete_line stepwise "$cmd" -)" || fail "completion of '$cmd' lacks $flag"
  done
  for sub in $subs; do
    grep -qE "^ {7}$cmd $sub( |$)" <<<"$man_text" || fail "the manual page does not describe '$cmd $sub'"
    grep -qx "$sub" <<<"$(complete_line stepwise "$cmd" "")" || fail "completion does not offer '$cmd $sub'"
    for flag in $(flags_of "$cmd" "$sub"); do
      grep -qx -- "$flag" <<<"$(complete_line stepwise "$cmd" "$sub" -)" || fail "completion of '$cmd $sub' lacks $flag"
    done
  done
done

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "installed and checked: $(cd "$prefix" && find . -type f | wc -l) files"
