#!/usr/bin/env bash
# Install what is missing, build, and open Stepwise on the default database.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh --target stepwise
exec ./build/stepwise "$@"
