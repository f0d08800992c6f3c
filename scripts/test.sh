#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
# Under a virtual X display: the viewer's render tests draw with OpenGL.
xvfb-run -a ctest --test-dir build --output-on-failure -j"$(nproc)"
