#!/usr/bin/env bash
# Renders the app icon's PNGs (the hicolor sizes) from its SVG with rsvg-convert
# (Debian librsvg2-bin). Run after changing the SVG; the PNGs are kept in git so
# a build needs no renderer.
set -euo pipefail
cd "$(dirname "$0")/../packaging/icons"
id=io.github.stepwise.Stepwise
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "hicolor/${size}x${size}"
  rsvg-convert -w "$size" -h "$size" "$id.svg" -o "hicolor/${size}x${size}/$id.png"
done
