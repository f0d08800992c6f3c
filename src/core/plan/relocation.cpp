// Relocation sites: capacity against assigned households, conflicts, distance to the village.
#include "landplan/plan/relocation.hpp"

#include <algorithm>
#include <cmath>

#include "landplan/ops/overlay.hpp"
#include "landplan/ops/geoprocess.hpp"
#include "landplan/ops/distance.hpp"
#include "landplan/units.hpp"

namespace landplan::plan {
namespace {

// Collects overlapping pieces of the sites with one kind of conflict into one layer.
class ConflictLayer {
 public:
  explicit ConflictLayer(const Layer& sites) {
    layer_.name = "relocation_conflicts";
    layer_.kind = GeometryKind::polygon;
    layer_.crs = sites.crs;
    layer_.source_crs = sites.source_crs;
    layer_.columns = {Column("site", FieldType::text), Column("conflict", FieldType::text),
                      Column("area_mu", FieldType::real)};
  }

  void add(const ops::Overlap& overlap, const std::string& conflict,
           const std::function<std::string(std::size_t)>& site_name,
           const std::function<bool(const ops::OverlapPiece&)>& keep) {
    for (std::size_t i = 0; i < overlap.pieces.size(); ++i) {
      const ops::OverlapPiece& p = overlap.pieces[i];
      if (!keep(p)) continue;
      layer_.append_geometry_of(overlap.geometry, i, static_cast<std::int64_t>(layer_.size() + 1));
      layer_.columns[0].push(site_name(p.a));
      layer_.columns[1].push(conflict);
      layer_.columns[2].push(Area::from_m2(p.area_m2).mu());
    }
  }

  Layer take() { return std::move(layer_); }

 private:
  Layer layer_;
};

}  // namespace

Relocation relocation_sites(const PlanInputs& inputs, const Layer& reservoir_zone,
                            ops::AreaMethod method, Warnings& warnings) {
  const Layer& sites = inputs.require(Role::relocation_sites, "the relocation-site check");
  Relocation result;
  result.household_area_m2 = household_area_m2(inputs);
  auto areas = ops::feature_areas(sites, method, warnings);
  const Column* assigned = inputs.field(sites, "households");
  for (std::size_t f = 0; f < sites.size(); ++f) {
    SiteCheck site;
    site.fid = sites.fid(f);
    site.name = inputs.text(sites, "name", f);
    site.village = inputs.text(sites, "village", f);
    site.area_m2 = areas[f].value_or(0.0);
    site.capacity = household_capacity(site.area_m2, result.household_area_m2);
    site.assigned = assigned ? static_cast<std::int64_t>(assigned->number(f).value_or(0)) : 0;
    result.sites.push_back(site);
  }
  auto name_of = [&](std::size_t f) { return result.sites[f].name; };
  auto any = [](const ops::OverlapPiece&) { return true; };
  ConflictLayer conflicts(sites);
  ops::OverlapOptions options{.method = method, .keep_geometry = true};

  ops::Overlap in_zone = ops::overlap(sites, reservoir_zone, options, warnings);
  for (const ops::OverlapPiece& p : in_zone.pieces) result.sites[p.a].reservoir_m2 += p.area_m2;
  conflicts.add(in_zone, "水库及安全区", name_of, any);

  if (const Layer* greenhouses = inputs.find(Role::greenhouse_zones)) {
    ops::Overlap o = ops::overlap(sites, *greenhouses, options, warnings);
    for (const ops::OverlapPiece& p : o.pieces) result.sites[p.a].greenhouse_m2 += p.area_m2;
    conflicts.add(o, "设施农业区", name_of, any);
  }
  if (inputs.find(Role::parcels)) {
    Layer farmland = farmland_parcels(inputs, "the relocation-site check");
    ops::Overlap o = ops::overlap(sites, farmland, options, warnings);
    for (const ops::OverlapPiece& p : o.pieces) result.sites[p.a].farmland_m2 += p.area_m2;
    conflicts.add(o, "占用耕地", name_of, any);
  }
  ops::Overlap between = ops::overlap(sites, sites, options, warnings);
  auto other = [](const ops::OverlapPiece& p) { return p.a != p.b; };
  for (const ops::OverlapPiece& p : between.pieces)
    if (other(p)) result.sites[p.a].other_sites_m2 += p.area_m2;
  conflicts.add(between, "与其他安置点重叠", name_of, other);
  result.conflicts = conflicts.take();

  for (std::size_t f = 0; f < sites.size(); ++f)
    result.sites[f].distance_to_village_m =
        distance_to_village(inputs, sites, f, result.sites[f].village);
  return result;
}

double household_area_m2(const PlanInputs& inputs) {
  return inputs.planning("household_area_m2", 250.0);
}

std::int64_t household_capacity(double area_m2, double household_area_m2) {
  return static_cast<std::int64_t>(std::floor(area_m2 / household_area_m2));
}

std::optional<double> distance_to_village(const PlanInputs& inputs, const Layer& sites,
                                          std::size_t feature, const std::string& village) {
  const Layer* villages = inputs.find(Role::villages);
  if (!villages || village.empty()) return std::nullopt;
  for (std::size_t v = 0; v < villages->size(); ++v)
    if (inputs.text(*villages, "name", v) == village)
      return ops::feature_distance(sites, feature, *villages, v);
  return std::nullopt;
}

}  // namespace landplan::plan
