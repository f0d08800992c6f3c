// The PostGIS engine: areas, overlaps and coverage computed by SQL in the database that holds the
// layers (ST_Area on geography, ST_Intersection joined through the GiST index), giving the same
// results as the local engine to 1e-6 relative.
//
// The layers are those read from "PG:" sources (Layer::source, Layer::source_layer): their fids
// and attributes are used, their geometry is not — the server reads its own. Geometry is
// brought into the layers' working CRS (Layer::crs) on the server, made valid where it is not
// (as the local engine does), and measured on its source ellipsoid or planar, as locally.
#include <algorithm>
#include <charconv>
#include <unordered_map>

#include "engines.hpp"
#include "landplan/error.hpp"
#include "landplan/io/postgis.hpp"
#include "landplan/ops/metres.hpp"
#include "landplan/ops/geoprocess.hpp"

namespace landplan::ops {
namespace {

using io::PgConnection;
using io::PgTable;

std::string where_of(const Layer& layer) { return place(layer.source, layer.name); }

// PostGIS names CRSs by SRID, which landplan takes to be the EPSG code.
int srid_of(const Crs& crs, const std::string& what) {
  std::string label = crs.label();
  int srid = 0;
  if (label.starts_with("EPSG:")) std::from_chars(label.data() + 5, label.data() + label.size(), srid);
  if (srid == 0) {
    throw InputError(what, "is in a CRS without an EPSG code (" + label + "), which PostGIS cannot name",
                     "choose the working CRS with --crs EPSG:… (or use --engine local)");
  }
  return srid;
}

// One layer as the SQL sees it: its table, and the CRSs its geometry is worked and measured in.
struct SqlLayer {
  PgTable table;
  int working = 0;     // SRID of the working CRS (Layer::crs)
  int geographic = 0;  // SRID of the longitude/latitude CRS its ellipsoidal areas are measured on
  std::unordered_map<std::int64_t, std::size_t> index;  // fid → feature

  std::size_t feature(std::int64_t fid, const std::string& where) const {
    auto found = index.find(fid);
    if (found == index.end()) {
      throw InputError(where, "feature " + std::to_string(fid) + " appeared while landplan ran",
                       "run the command again when nobody is writing to the table");
    }
    return found->second;
  }
};

void require_postgis(const Layer& layer) {
  if (!io::is_postgis_source(layer.source)) {
    throw InputError(where_of(layer), "is not a PostGIS table",
                     "--engine postgis computes in the database: export the layer there first "
                     "(landplan export … --format postgis --to PG:…), or use --engine local");
  }
}

SqlLayer sql_layer(const PgConnection& connection, const Layer& layer) {
  SqlLayer sql;
  sql.table = connection.table(layer.source_layer.empty() ? layer.name : layer.source_layer);
  sql.working = srid_of(layer.crs, where_of(layer));
  const Crs& ellipsoid_of = layer.source_crs.empty() ? layer.crs : layer.source_crs;
  sql.geographic = srid_of(ellipsoid_of.geographic(), where_of(layer));
  sql.index.reserve(layer.size());
  for (std::size_t f = 0; f < layer.size(); ++f) sql.index.emplace(layer.fid(f), f);
  return sql;
}

// As the local engine: areas of polygons only (a layer whose kind the source does not declare is
// taken as it comes, as ST_Area gives 0 for points and lines), and planar areas not in degrees.
void require_polygons(const Layer& layer, AreaMethod method) {
  if (layer.kind == GeometryKind::point || layer.kind == GeometryKind::line) {
    throw InputError(where_of(layer), "is a " + std::string(kind_name(layer.kind)) + " layer",
                     "areas need a polygon layer");
  }
  if (method == AreaMethod::planar) {
    require_metres(layer, "planar areas", "or use --method ellipsoidal");
  }
}

// One connection for layers that must share a database.
std::unique_ptr<PgConnection> connect(const std::vector<const Layer*>& layers) {
  for (const Layer* layer : layers) require_postgis(*layer);
  for (const Layer* layer : layers) {
    if (io::connection_info(layer->source) != io::connection_info(layers.front()->source)) {
      throw InputError(where_of(*layer), "is in another database than " + where_of(*layers.front()),
                       "--engine postgis joins tables of one database: export both there");
    }
  }
  auto connection = std::make_unique<PgConnection>(layers.front()->source);
  // JIT compiles the plan's expressions, which here are PostGIS calls it cannot speed up: it
  // only adds its compile time (0.2 s a query, measured on 100k parcels). Memoize caches
  // subquery results by their inputs, here each feature's own geometry, which never repeats:
  // hashing them cost 1.6 s of 4.3 in the coverage of 100k parcels.
  connection->execute("SET jit = off");
  connection->execute("SET enable_memoize = off");
  return connection;
}

// The area of a geometry in the working CRS: planar there, or on the layer's ellipsoid (geography).
std::string area_of(const std::string& geometry, const SqlLayer& layer, AreaMethod method) {
  if (method == AreaMethod::planar) return "ST_Area(" + geometry + ")";
  return "ST_Area(geography(ST_Transform(" + geometry + ", " + std::to_string(layer.geographic) +
         ")), true)";
}

// `FROM` items giving, for table alias `t`, its geometry in the working CRS made valid (invalid
// polygons are repaired by MakeValid, as the local engine does) as `<t>v.g`, and with `method`,
// its area as `<t>v.area`. Each subquery ends in OFFSET 0, which keeps PostgreSQL from inlining
// it into every place that refers to its column and so computing it again there.
std::string valid_in_working(const SqlLayer& layer, const std::string& t,
                             std::optional<AreaMethod> method = std::nullopt) {
  std::string w = "ST_Transform(" + t + "." + layer.table.geometry_sql() + ", " +
                  std::to_string(layer.working) + ")";
  std::string valid = "CASE WHEN ST_IsValid(" + t + "w.g) THEN " + t + "w.g ELSE "
                      "ST_CollectionExtract(ST_MakeValid(" + t + "w.g), 3) END";
  std::string area = method ? ", " + area_of("v.g", layer, *method) + " AS area" : "";
  return " CROSS JOIN LATERAL (SELECT " + w + " AS g OFFSET 0) " + t + "w CROSS JOIN LATERAL "
         "(SELECT v.g" + area + " FROM (SELECT " + valid + " AS g OFFSET 0) v OFFSET 0) " + t + "v";
}

// `a.geom && b's geometry`, in A's SRID so that the GiST index on A's column serves the join.
std::string boxes_meet(const SqlLayer& a, const std::string& ta, const std::string& b_geometry,
                       int b_srid) {
  std::string other = b_srid == a.table.srid
                          ? b_geometry
                          : "ST_Transform(" + b_geometry + ", " + std::to_string(a.table.srid) + ")";
  return ta + "." + a.table.geometry_sql() + " && " + other;
}

// Its warnings are those of the checks made here: the server repairs invalid polygons as the
// local engine does, but says nothing of them, so the warnings of a run hold no such line.
class PostgisEngine final : public Engine {
 public:
  landplan::Engine kind() const override { return landplan::Engine::postgis; }
  bool needs_geometry() const override { return false; }  // the server reads its own

  std::vector<std::optional<double>> feature_areas(const Layer& layer, AreaMethod method,
                                                   Warnings&) const override;
  // With shares whatever options.shares says: the SQL measures both sides anyway.
  Overlap overlap(const Layer& a, const Layer& b, const OverlapOptions& options,
                  Warnings&) const override;
  std::vector<CoveredArea> coverage(const Layer& areas, const Layer& cover, const CoverSpec& spec,
                                    AreaMethod method, Warnings& warnings) const override;
};

std::vector<std::optional<double>> PostgisEngine::feature_areas(const Layer& layer,
                                                                AreaMethod method,
                                                                Warnings&) const {
  require_polygons(layer, method);
  auto connection = connect({&layer});
  SqlLayer sql = sql_layer(*connection, layer);
  io::PgResult result = connection->query(
      "SELECT t." + sql.table.fid_sql() + ", tv.area FROM " + sql.table.sql() + " t" +
      valid_in_working(sql, "t", method));
  std::vector<std::optional<double>> areas(layer.size());
  for (int row = 0; row < result.rows(); ++row) {
    if (result.is_null(row, 1)) continue;
    areas[sql.feature(result.integer(row, 0), where_of(layer))] = result.number(row, 1);
  }
  return areas;
}

Overlap PostgisEngine::overlap(const Layer& a, const Layer& b, const OverlapOptions& options,
                              Warnings&) const {
  if (options.keep_geometry) {
    throw InputError("--output", "the postgis engine keeps the pieces in the database",
                     "use --engine local to write them to a file");
  }
  if (options.only_pairs) throw std::logic_error("the postgis engine cannot filter pairs");
  AreaMethod method = options.method;
  require_polygons(a, method);
  require_polygons(b, method);
  auto connection = connect({&a, &b});
  SqlLayer sa = sql_layer(*connection, a), sb = sql_layer(*connection, b);
  // A feature inside the other is its own piece (ST_Covers, as the local engine's prepared
  // `contains`), without an intersection.
  std::string sql =
      "SELECT a." + sa.table.fid_sql() + ", b." + sb.table.fid_sql() + ", x.piece, av.area, bv.area"
      " FROM " + sa.table.sql() + " a JOIN " + sb.table.sql() + " b ON " +
      boxes_meet(sa, "a", "b." + sb.table.geometry_sql(), sb.table.srid) +
      valid_in_working(sa, "a", method) + valid_in_working(sb, "b", method) +
      " CROSS JOIN LATERAL (SELECT CASE WHEN ST_Covers(bv.g, av.g) THEN av.area ELSE " +
      area_of("ST_Intersection(av.g, bv.g)", sa, method) +
      " END AS piece WHERE ST_Intersects(av.g, bv.g) OFFSET 0) x WHERE x.piece > 0";
  io::PgResult result = connection->query(sql);
  Overlap overlap;
  for (int row = 0; row < result.rows(); ++row) {
    OverlapPiece piece;
    piece.a = sa.feature(result.integer(row, 0), where_of(a));
    piece.b = sb.feature(result.integer(row, 1), where_of(b));
    piece.area_m2 = result.number(row, 2);
    double area_a = result.number(row, 3), area_b = result.number(row, 4);
    piece.pct_of_a = area_a > 0 ? 100.0 * piece.area_m2 / area_a : 0.0;
    piece.pct_of_b = area_b > 0 ? 100.0 * piece.area_m2 / area_b : 0.0;
    overlap.pieces.push_back(piece);
  }
  std::sort(overlap.pieces.begin(), overlap.pieces.end(),
            [](const OverlapPiece& x, const OverlapPiece& y) {
              return std::tie(x.a, x.b) < std::tie(y.a, y.b);
            });
  return overlap;
}

std::vector<CoveredArea> PostgisEngine::coverage(const Layer& areas, const Layer& cover,
                                                 const CoverSpec& spec, AreaMethod method,
                                                 Warnings& warnings) const {
  // The server buffers by the same field; reading it here checks the spec as the local engine
  // does and warns of the points whose radius gives no circle (the SQL skips them too).
  cover_radii(cover, spec, warnings);
  require_polygons(areas, method);
  auto connection = connect({&areas, &cover});
  SqlLayer sa = sql_layer(*connection, areas), sc = sql_layer(*connection, cover);
  // The union of the cover, cut into parts of at most 256 vertices whose interiors do not
  // overlap, so each part joins the few area features its box meets and the areas of the
  // pieces add up.
  std::string pieces;
  if (cover.kind == GeometryKind::point) {
    require_metres(cover, "service radii");
    char radius[32];
    auto end = std::to_chars(radius, radius + sizeof radius, spec.radius).ptr;
    std::string r(radius, end);
    if (!spec.radius_field.empty()) {
      r = "COALESCE((c." + io::quote_identifier(spec.radius_field) + ")::float8, " + r + ")";
    }
    pieces = "SELECT ST_Buffer(ST_Transform(c." + sc.table.geometry_sql() + ", " +
             std::to_string(sc.working) + "), r.r, 'quad_segs=" + std::to_string(kQuadrantSegments) +
             "') AS g FROM " + sc.table.sql() + " c CROSS JOIN LATERAL (SELECT " + r +
             " AS r) r WHERE r.r > 0";
  } else {
    pieces = "SELECT cv.g FROM " + sc.table.sql() + " c" + valid_in_working(sc, "c");
  }
  connection->execute("DROP TABLE IF EXISTS pg_temp.landplan_zone");
  connection->execute(
      "CREATE TEMP TABLE landplan_zone AS SELECT z.g, ST_Transform(z.g, " +
      std::to_string(sa.table.srid) + ") AS native FROM (SELECT ST_Subdivide(ST_Union(p.g), 256) "
      "AS g FROM (" + pieces + ") p) z");
  connection->execute("CREATE INDEX ON pg_temp.landplan_zone USING gist (native)");
  connection->execute("ANALYZE pg_temp.landplan_zone");
  // One pass over the features: each is made valid and measured once, then the few parts its
  // box meets (through the index on the parts) give its covered area. (Joining parts to
  // features instead measured the 45% of features near a part twice, and left to itself the
  // planner compared every feature with every part: 36 s on 1M parcels against ~15 s.)
  io::PgResult found = connection->query(
      "SELECT a." + sa.table.fid_sql() + ", av.area, (SELECT SUM(CASE WHEN ST_Covers(z.g, av.g) "
      "THEN av.area ELSE " + area_of("ST_Intersection(av.g, z.g)", sa, method) + " END) FROM "
      "pg_temp.landplan_zone z WHERE z.native && a." + sa.table.geometry_sql() +
      " AND ST_Intersects(av.g, z.g)) FROM " + sa.table.sql() + " a" +
      valid_in_working(sa, "a", method));
  std::vector<CoveredArea> result(areas.size());
  for (int row = 0; row < found.rows(); ++row) {
    CoveredArea& area = result[sa.feature(found.integer(row, 0), where_of(areas))];
    area.area_m2 = found.is_null(row, 1) ? 0.0 : found.number(row, 1);
    area.covered_m2 = found.is_null(row, 2) ? 0.0 : found.number(row, 2);
  }
  connection->execute("DROP TABLE pg_temp.landplan_zone");
  return result;
}

}  // namespace

std::unique_ptr<Engine> postgis_engine() { return std::make_unique<PostgisEngine>(); }

}  // namespace landplan::ops
