#!/usr/bin/env bash
# The main job on the bundled sample township: installs what is missing, builds, and prints
# the planning report (displacement, relocation sites, irrigation, greenhouses, rule check).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build/landplan report data/sample/project.toml "$@"
