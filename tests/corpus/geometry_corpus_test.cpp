// Corpus: hostile geometry — invalid rings, odd coordinates, dimensions, curves, wrong kinds.
// Areas are planar in EPSG:4549, so each expected value is exact arithmetic on the WKT.
#include <gtest/gtest.h>

#include "corpus/corpus_case.hpp"

namespace landplan::test::corpus {
namespace {

using Areas = std::vector<std::optional<double>>;

// One GeoPackage layer in EPSG:4549 holding the features (WKT, "" = null), read planar.
std::function<std::vector<std::string>(const TempDir&)> features(std::vector<std::string> wkts) {
  return [wkts](const TempDir& d) {
    LayerSpecForTest spec;
    for (const std::string& wkt : wkts) spec.features.push_back({wkt, {}});
    write_dataset(d.file("layer.gpkg"), spec);
    return planar_area(d.file("layer.gpkg"));
  };
}

// `area <case file> --format csv`: a checked-in file of cases/, read in the CRS it declares.
std::function<std::vector<std::string>(const TempDir&)> area_of_case_file(std::string name) {
  return [name](const TempDir& d) {
    return std::vector<std::string>{"area", copy_case_file(d, name), "--format", "csv"};
  };
}

const Setup setup_huge_coordinates =
    features({"POLYGON((0 0,1e300 0,1e300 1e300,0 0))", square_wkt(kX, kY, 10)});

const Setup setup_huge_coordinates_overlap = [](const TempDir& d) {
  features({"POLYGON((0 0,1e15 0,1e15 1e15,0 0))", square_wkt(kX, kY, 10)})(d);
  std::string layer = d.file("layer.gpkg");
  return std::vector<std::string>{"overlap", layer, layer, "--crs", "EPSG:4549", "--format", "csv"};
};

const Setup setup_huge_coordinates_with_holes =
    features({"POLYGON((1e300 1e300,1e300 1e300,1e300 1e300,1e300 1e300),(1e300 4400058.5,500000 "
              "4400000,500000 1e300,1e300 1e300,1e300 4400058.5),(1e300 1e300,500000 4400000,"
              "500000 4400000,1e300 1e300))",
              square_wkt(kX, kY, 10)});

const Setup setup_lat_lon_swapped = area_of_case_file("swapped_axes.geojson");

const Setup setup_lat_lon_swapped_but_one_vertex =
    area_of_case_file("swapped_axes_one_vertex_right.geojson");

const Setup setup_lat_lon_swapped_multipolygon =
    area_of_case_file("swapped_axes_multipolygon.geojson");

const Setup setup_huge_longitudes = area_of_case_file("huge_longitudes.geojson");

const CorpusCase kGeometryCases[] = {
    // Two triangles of 50 m² each: MakeValid keeps both.
    {"bow_tie",
     features(
         {"POLYGON((500000 4400000,500010 4400010,500010 4400000,500000 4400010,500000 4400000))"}),
     0,
     {"layer.gpkg:layer:1: invalid polygon (Self-intersection", "MakeValid"},
     Areas{50.0}},
    // The ring touches itself at (500005 4400010), enclosing a 10 m² triangle: 100 − 10.
    {"self_touching_ring",
     features(
         {"POLYGON((500000 4400000,500010 4400000,500010 4400010,500005 4400010,500007 4400005,"
          "500003 4400005,500005 4400010,500000 4400010,500000 4400000))"}),
     0,
     {"layer.gpkg:layer:1: invalid polygon (Ring Self-intersection"},
     Areas{90.0}},
    {"unclosed_ring",
     [](const TempDir& d) { return planar_area(copy_case_file(d, "unclosed_ring.geojson")); },
     0,
     {"unclosed_ring.geojson:unclosed_ring:0: ring not closed — closed it"},
     Areas{100.0}},
    {"duplicate_vertices",
     features(
         {"POLYGON((500000 4400000,500000 4400000,500010 4400000,500010 4400000,500010 4400010,"
          "500000 4400010,500000 4400000))"}),
     0,
     {},
     Areas{100.0}},
    // A 10 m spike out of the top edge has no area: the square's 100 m² remain.
    {"spike",
     features(
         {"POLYGON((500000 4400000,500010 4400000,500010 4400010,500005 4400010,500005 4400020,"
          "500005 4400010,500000 4400010,500000 4400000))"}),
     0,
     {"layer.gpkg:layer:1: invalid polygon"},
     Areas{100.0}},
    // GEOS MakeValid (as PostGIS ST_MakeValid) keeps a hole outside its shell as land: 100 + 100.
    {"hole_outside_shell",
     features(
         {"POLYGON((500000 4400000,500010 4400000,500010 4400010,500000 4400010,500000 4400000),"
          "(500020 4400020,500030 4400020,500030 4400030,500020 4400030,500020 4400020))"}),
     0,
     {"layer.gpkg:layer:1: invalid polygon (Hole lies outside shell"},
     Areas{200.0}},
    // A part inside another part: MakeValid reads the inner one as a hole, 100 − 36.
    {"nested_shells",
     features({"MULTIPOLYGON(((500000 4400000,500010 4400000,500010 4400010,500000 4400010,"
               "500000 4400000)),((500002 4400002,500008 4400002,500008 4400008,500002 "
               "4400008,500002 4400002)))"}),
     0,
     {"layer.gpkg:layer:1: invalid polygon (Nested shells"},
     Areas{64.0}},
    // A valid island in a hole: 100 − 36 + 4, no warning.
    {"island_in_a_hole",
     features({"MULTIPOLYGON(((500000 4400000,500010 4400000,500010 4400010,500000 4400010,500000 "
               "4400000),"
               "(500002 4400002,500008 4400002,500008 4400008,500002 4400008,500002 4400002)),"
               "((500004 4400004,500006 4400004,500006 4400006,500004 4400006,500004 4400004)))"}),
     0,
     {},
     Areas{68.0}},
    // 1e300 m: the area overflows to infinity, which must be said, not printed as a blank.
    {"huge_coordinates",
     setup_huge_coordinates,
     2,
     {"layer.gpkg:layer:1: area cannot be computed (coordinates too large or outside the CRS) "
      "— check the layer's CRS and axis order; or --lenient"}},
    {"huge_coordinates_with_lenient",
     lenient(setup_huge_coordinates),
     0,
     {"(passed over: --lenient)", "layer.gpkg:layer:1: area cannot be computed"},
     Areas{std::nullopt, 100.0}},
    // The same layer overlapped with itself: the triangle, 1e15 m across, has no ellipsoidal
    // area (PROJ cannot take it to lon/lat), so its common part with itself is skipped with a
    // word (the square's 100 m² row stays).
    {"huge_coordinates_overlap",
     setup_huge_coordinates_overlap,
     2,
     {"layer.gpkg:layer:1 × ",
      "layer.gpkg:layer:1: the area they share cannot be computed "
      "(coordinates too large or outside the CRS) — pair left out"}},
    {"huge_coordinates_overlap_with_lenient",
     lenient(setup_huge_coordinates_overlap),
     0,
     {"(passed over: --lenient)", "layer.gpkg:layer:1 × ",
      "layer.gpkg:layer:1: the area they share cannot be computed "
      "(coordinates too large or outside the CRS) — pair left out"}},
    // A degenerate shell and two holes reaching 1e300: GEOS MakeValid never returned on it.
    {"huge_coordinates_with_holes",
     setup_huge_coordinates_with_holes,
     2,
     {"layer.gpkg:layer:1: area cannot be computed"}},
    {"huge_coordinates_with_holes_with_lenient",
     lenient(setup_huge_coordinates_with_holes),
     0,
     {"(passed over: --lenient)", "layer.gpkg:layer:1: area cannot be computed"},
     Areas{std::nullopt, 100.0}},
    {"nan_and_inf_coordinates",
     [](const TempDir& d) {
       auto args = planar_area(copy_case_file(d, "nan_coordinates.csv"));  // a CSV has no CRS
       args.insert(args.end(), {"--assume-crs", "EPSG:4549"});
       return args;
     },
     0,
     {"nan_coordinates.csv:nan_coordinates:1: no geometry", ":2: no geometry"},
     Areas{std::nullopt, std::nullopt, 100.0}},
    // Latitude 119.5: no CRS can place it; the layer and the feature are named.
    {"lat_lon_swapped",
     setup_lat_lon_swapped,
     2,
     {"swapped_axes.geojson:swapped_axes: x from ",
      "so the coordinates are latitude first (axes swapped)"}},
    {"lat_lon_swapped_with_lenient",
     lenient(setup_lat_lon_swapped),
     0,
     {"(passed over: --lenient)", "vertices could not be transformed",
      "swapped_axes.geojson:swapped_axes:0: area cannot be computed"},
     Areas{std::nullopt}},
    // One vertex in the right order transforms, the rest become NaN: the box (which skips NaN)
    // is a point, small enough for the ellipsoidal shortcut, whose grid NaN must not index.
    {"lat_lon_swapped_but_one_vertex",
     setup_lat_lon_swapped_but_one_vertex,
     2,
     {"swapped_axes_one_vertex_right.geojson:swapped_axes_one_vertex_right: 4 vertices could not "
      "be transformed"}},
    {"lat_lon_swapped_but_one_vertex_with_lenient",
     lenient(setup_lat_lon_swapped_but_one_vertex),
     0,
     {"(passed over: --lenient)", "vertices could not be transformed",
      "swapped_axes_one_vertex_right.geojson:swapped_axes_one_vertex_right:0: area cannot be "
      "computed"},
     Areas{std::nullopt}},
    // Two parts: GEOS judges validity, and must not be handed rings that start with NaN.
    {"lat_lon_swapped_multipolygon",
     setup_lat_lon_swapped_multipolygon,
     2,
     {"swapped_axes_multipolygon.geojson:swapped_axes_multipolygon: ", "latitude first"}},
    {"lat_lon_swapped_multipolygon_with_lenient",
     lenient(setup_lat_lon_swapped_multipolygon),
     0,
     {"(passed over: --lenient)", "vertices could not be transformed",
      "swapped_axes_multipolygon.geojson:swapped_axes_multipolygon:0: area cannot be computed"},
     Areas{std::nullopt}},
    // Longitudes of 5e12 degrees: the UTM zone number must not overflow an int on the way.
    {"huge_longitudes",
     setup_huge_longitudes,
     2,
     {"huge_longitudes.geojson:huge_longitudes: x from 5e+12",
      "are metres, not the degrees of EPSG:4326"}},
    {"huge_longitudes_with_lenient",
     lenient(setup_huge_longitudes),
     0,
     {"(passed over: --lenient)", "vertices could not be transformed",
      "huge_longitudes.geojson:huge_longitudes:0: area "
      "cannot be computed"},
     Areas{std::nullopt}},
    {"z_coordinates",
     features({"POLYGON Z((500000 4400000 5,500010 4400000 7,500010 4400010 9,500000 4400000 5))"}),
     0,
     {},
     Areas{50.0}},
    {"m_coordinates",
     features({"POLYGON M((500000 4400000 1,500010 4400000 2,500010 4400010 3,500000 4400000 1))"}),
     0,
     {},
     Areas{50.0}},
    {"zm_coordinates",
     features({"POLYGON ZM((500000 4400000 5 1,500010 4400000 5 2,500010 4400010 5 3,500000 "
               "4400000 5 1))"}),
     0,
     {},
     Areas{50.0}},
    // A circle of radius 10, linearised by OGR: π·100 within 0.2 %.
    {"curved_polygon",
     features({"CURVEPOLYGON(CIRCULARSTRING(500000 4400000,500020 4400000,500000 4400000))"}),
     0,
     {},
     Areas{314.159265},
     2e-3},
    {"line_layer_where_polygons_are_expected",
     features({"LINESTRING(500000 4400000,500010 4400000)"}),
     2,
     {"layer.gpkg:layer: is a line layer — areas need a polygon layer"}},
    {"point_in_a_polygon_layer",
     features({square_wkt(kX, kY, 10), "POINT(500000 4400000)"}),
     0,
     {"layer.gpkg:layer:2: a point in a polygon layer — part ignored", ":2: no geometry"},
     Areas{100.0, std::nullopt}},
};

class GeometryCorpus : public testing::TestWithParam<CorpusCase> {};
TEST_P(GeometryCorpus, BehavesAsDocumented) {
  check_case(GetParam());
}
INSTANTIATE_TEST_SUITE_P(Corpus, GeometryCorpus, testing::ValuesIn(kGeometryCases),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace landplan::test::corpus
