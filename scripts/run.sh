#!/usr/bin/env bash
# The main job on the bundled sample township: installs what is missing, builds, and prints
# the sample's area tables.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
project=data/sample/project.toml
build/landplan area "$project" --layer greenhouse_zones --by 名称
echo
build/landplan area "$project" --layer parcels --by 地类 --summary
