// Recognising a layer's role by its name or its fields, and naming the fields the role reads.
#include "landplan/plan/recognise.hpp"

#include <array>
#include <string_view>

#include "landplan/plan/land_schema.hpp"
#include "landplan/text.hpp"

namespace landplan::plan {
namespace {

struct KnownName {
  std::string_view name;  // upper case
  Role role;
  std::string_view what;
};

// The layer names of the 三调 and 三区三线 databases.
constexpr std::array<KnownName, 7> kSurveyNames = {{
    {"DLTB", Role::parcels, "三调 地类图斑"},
    {"CJDCQ", Role::village_boundaries, "三调 村级调查区"},
    {"XZQ", Role::admin_boundary, "行政区"},
    {"YJJBNTBHTB", Role::basic_farmland, "永久基本农田保护图斑"},
    {"YJJBNTTB", Role::basic_farmland, "永久基本农田图斑"},
    {"STBHHX", Role::ecological_redline, "生态保护红线"},
    {"CZKFBJ", Role::development_boundary, "城镇开发边界"},
}};

// The Chinese names planners give the plan's own layers.
constexpr std::array<std::pair<std::string_view, Role>, 8> kChineseNames = {{
    {"地块", Role::parcels},
    {"水库", Role::reservoir},
    {"村庄", Role::villages},
    {"安置点", Role::relocation_sites},
    {"设施农业", Role::greenhouse_zones},
    {"大棚", Role::greenhouse_zones},
    {"机井", Role::wells},
    {"道路", Role::roads},
}};

struct Found {
  Role role;
  std::string why;
};

std::optional<Found> by_name(const Layer& layer) {
  std::string name = upper_ascii(trimmed(layer.name));
  for (const KnownName& known : kSurveyNames)
    if (name == known.name)
      return Found{known.role, "layer name " + layer.name + " (" + std::string(known.what) + ")"};
  // The role names themselves (wells, relocation_sites…): Role is a plain enum ending in other.
  for (int r = 0; r < static_cast<int>(Role::other); ++r) {
    Role role = static_cast<Role>(r);
    if (name == upper_ascii(name_of(role))) return Found{role, "layer name " + layer.name};
  }
  for (const auto& [chinese, role] : kChineseNames)
    if (name == chinese) return Found{role, "layer name " + layer.name};
  return std::nullopt;
}

const Column* any_of(const Layer& layer, std::initializer_list<std::string_view> names) {
  for (std::string_view name : names)
    if (const Column* column = column_any_case(layer, name)) return column;
  return nullptr;
}

std::optional<Found> by_fields(const Layer& layer) {
  // The 永久基本农田 layer carries DLBM too, so it is told apart before the land-use layers.
  if (const Column* c = any_of(layer, {"YJJBNTTBBH", "YJJBNTTBMJ", "YJJBNTMJ"}))
    return Found{Role::basic_farmland, "has " + c->name() + " (永久基本农田)"};
  if (const Column* c = any_of(layer, {"HXMC", "HXLX"}))
    return Found{Role::ecological_redline, "has " + c->name() + " (生态保护红线)"};
  LandSchema schema = land_schema(layer);
  if (schema.is_landuse()) {
    const Column* c = schema.code ? schema.code : schema.name;
    return Found{Role::parcels, "has " + c->name() + " (a land-use layer)"};
  }
  const Column* area = column_any_case(layer, "DCMJ");
  if (const Column* c = column_any_case(layer, "ZLDWDM"); c && area)
    return Found{Role::village_boundaries,
                 "has " + c->name() + " and " + area->name() + " (村级调查区)"};
  if (const Column* c = column_any_case(layer, "XZQDM"); c && area)
    return Found{Role::admin_boundary, "has " + c->name() + " and " + area->name() + " (行政区)"};
  return std::nullopt;
}

GeometryKind kind_of(Role role) {
  if (role == Role::wells) return GeometryKind::point;
  if (role == Role::roads) return GeometryKind::line;
  return GeometryKind::polygon;
}

struct Wanted {
  std::string_view meaning;
  std::vector<std::string_view> names;  // the layer's field for it: the first of these it has
};

// What each role reads from its layer (PlanInputs::field's meanings, and `name` for the map's
// labels), in the order they are written.
std::vector<Wanted> wanted(Role role, const LandSchema& schema) {
  switch (role) {
    case Role::parcels: {
      std::vector<Wanted> out;
      if (!schema.village) out.push_back({"village", {"村名", "行政村", "village"}});
      if (!schema.is_landuse()) out.push_back({"landuse", {"地类", "地类名称", "landuse"}});
      out.push_back({"households", {"户数", "households"}});
      return out;
    }
    case Role::villages:
      return {{"name", {"名称", "村名", "MC", "name"}}};
    case Role::relocation_sites:
      return {{"name", {"名称", "MC", "name"}},
              {"village", {"安置村", "村名", "village"}},
              {"households", {"安置户数", "户数", "households"}}};
    case Role::greenhouse_zones:
      return {{"name", {"名称", "MC", "name"}},
              {"village", {"村名", "village"}},
              {"planned_mu", {"规划亩数", "planned_mu"}}};
    case Role::wells:
      return {{"name", {"名称", "编号", "MC", "name"}},
              {"village", {"村名", "village"}},
              {"radius", {"服务半径", "radius"}}};
    case Role::reservoir:
    case Role::roads:
      return {{"name", {"名称", "MC", "name"}}};
    default:
      return {};
  }
}

}  // namespace

Recognition recognise(const Layer& layer) {
  Recognition out;
  std::optional<Found> found = by_name(layer);
  out.by_name = found.has_value();
  if (!found) found = by_fields(layer);
  if (!found) {
    out.why = "neither its name nor its fields say what it is";
    return out;
  }
  if (layer.kind != kind_of(found->role)) {
    out.why = found->why + " says " + std::string(name_of(found->role)) + ", but it holds " +
              (layer.kind == GeometryKind::none ? std::string("no geometry")
                                                : std::string(kind_name(layer.kind)) + "s") +
              ", not " + std::string(kind_name(kind_of(found->role))) + "s";
    return out;
  }
  out.role = found->role;
  out.why = found->why;
  LandSchema schema = land_schema(layer);
  for (const Wanted& w : wanted(found->role, schema)) {
    for (std::string_view name : w.names) {
      if (const Column* column = column_any_case(layer, name)) {
        out.fields.emplace_back(std::string(w.meaning), column->name());
        break;
      }
    }
  }
  return out;
}

}  // namespace landplan::plan
