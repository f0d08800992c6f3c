#!/usr/bin/env bash
# Writes a project.toml for a gen_cadastre.py GeoPackage (parcels categorised by land use, the
# other layers styled like the sample), so `landplan view|render --bench` can load it.
# Usage: bench/viewer_project.sh /work/benchdata/c100k.gpkg > /tmp/c100k.toml
set -euo pipefail
gpkg=$(realpath "$1")
cat <<TOML
[project]
name = "基准 $(basename "$gpkg" .gpkg)"
crs  = "EPSG:4549"

[layers.parcels]
source = "$gpkg"
layer  = "parcels"
role   = "parcels"
fields = { village = "village", landuse = "landuse" }
style  = { fill = "#e8d8a0", outline = "#806020", by = "landuse" }

[layers.villages]
source = "$gpkg"
layer  = "villages"
role   = "villages"
fields = { name = "name" }
style  = { outline = "#a33a2a", width = 2.0 }

[layers.reservoir]
source = "$gpkg"
layer  = "reservoir"
role   = "reservoir"
fields = { name = "name" }
style  = { fill = "#4a90d9", outline = "#1c4f8a", opacity = 0.55 }

[layers.greenhouse_zones]
source = "$gpkg"
layer  = "greenhouse_zones"
role   = "greenhouse_zones"
style  = { fill = "#c9a0dc", outline = "#7a3f9a", opacity = 0.5 }

[layers.wells]
source = "$gpkg"
layer  = "wells"
role   = "wells"
style  = { fill = "#1565c0", outline = "#ffffff", size = 5 }

[styles.landuse]
"水浇地" = "#f5e08a"
"旱地" = "#fbf0b2"
"果园" = "#d7c86a"
"林地" = "#4f9a4f"
"草地" = "#b5d98a"
"农村宅基地" = "#f09a82"
"设施农用地" = "#e3b8d8"
"坑塘水面" = "#9fd0ee"
"水库水面" = "#5b9fd8"
"公路用地" = "#a6a6a6"
TOML
