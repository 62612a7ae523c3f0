#!/usr/bin/env bash
# Install what is missing, build, and run every test (unit, store, CLI end to
# end, headless UI, and the real window under Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
cd build
ctest --output-on-failure -j"$(nproc)"
