// The WKB reader behind the Arrow stream: byte orders, Z/M variants, multi-geometries and
// truncated input, checked against OGR's own parse of the same bytes.
#include <gtest/gtest.h>

#include <ogr_geometry.h>

#include "io/geometry_sink.hpp"
#include "landplan/planar.hpp"

using namespace landplan;
using namespace landplan::io::detail;

namespace {

std::vector<std::uint8_t> wkb_of(const char* wkt, OGRwkbByteOrder order, OGRwkbVariant variant) {
  OGRGeometry* g = nullptr;
  OGRGeometryFactory::createFromWkt(wkt, nullptr, &g);
  std::vector<std::uint8_t> bytes(g->WkbSize());
  g->exportToWkb(order, bytes.data(), variant);
  OGRGeometryFactory::destroyGeometry(g);
  return bytes;
}

struct Parsed {
  Layer layer;
  Warnings warnings;
  bool ok = false;
};

Parsed parse(const std::vector<std::uint8_t>& bytes) {
  Parsed p;
  FeatureWarnings fw(p.warnings, "test");
  GeometrySink sink(p.layer, fw);
  sink.begin_feature(7);
  p.ok = append_wkb(bytes, sink);
  sink.end_feature();
  return p;
}

}  // namespace

TEST(Wkb, PolygonWithHoleInBothByteOrders) {
  const char* wkt = "POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,4 2,4 4,2 4,2 2))";
  for (OGRwkbByteOrder order : {wkbNDR, wkbXDR}) {
    Parsed p = parse(wkb_of(wkt, order, wkbVariantIso));
    ASSERT_TRUE(p.ok);
    EXPECT_EQ(p.layer.kind, GeometryKind::polygon);
    EXPECT_DOUBLE_EQ(planar_area(p.layer, 0), 96.0);
  }
}

TEST(Wkb, ZAndMAreDroppedInIsoAndOldStyleCodes) {
  for (const char* wkt : {"POLYGON Z((0 0 1,10 0 1,10 10 1,0 0 1))",
                          "POLYGON M((0 0 5,10 0 5,10 10 5,0 0 5))",
                          "POLYGON ZM((0 0 1 5,10 0 1 5,10 10 1 5,0 0 1 5))"}) {
    for (OGRwkbVariant variant : {wkbVariantIso, wkbVariantOldOgc}) {
      Parsed p = parse(wkb_of(wkt, wkbNDR, variant));
      ASSERT_TRUE(p.ok) << wkt;
      EXPECT_DOUBLE_EQ(planar_area(p.layer, 0), 50.0) << wkt;
    }
  }
}

TEST(Wkb, MultiPolygonBecomesParts) {
  Parsed p = parse(wkb_of("MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,7 5,7 7,5 5)))", wkbNDR,
                          wkbVariantIso));
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(p.layer.part_count(0), 2u);
  EXPECT_DOUBLE_EQ(planar_area(p.layer, 0), 0.5 + 2.0);
}

TEST(Wkb, CurvesGoThroughOgrAndAreLinearised) {
  Parsed p = parse(wkb_of("CURVEPOLYGON(CIRCULARSTRING(0 0,2 0,0 0))", wkbNDR, wkbVariantIso));
  ASSERT_TRUE(p.ok);
  EXPECT_NEAR(planar_area(p.layer, 0), 3.14159265, 0.01);
}

TEST(Wkb, TruncatedBytesAreRefusedNotReadPastTheEnd) {
  auto bytes = wkb_of("POLYGON((0 0,10 0,10 10,0 0))", wkbNDR, wkbVariantIso);
  bytes.resize(bytes.size() - 9);
  EXPECT_FALSE(parse(bytes).ok);
  EXPECT_FALSE(parse({}).ok);
}

TEST(Wkb, UnclosedRingIsClosedWithAWarning) {
  // OGR's WKT reader keeps an unclosed ring as given.
  Parsed p = parse(wkb_of("POLYGON((0 0,10 0,10 10))", wkbNDR, wkbVariantIso));
  ASSERT_TRUE(p.ok);
  EXPECT_DOUBLE_EQ(planar_area(p.layer, 0), 50.0);
  ASSERT_EQ(p.warnings.size(), 1u);
  EXPECT_NE(p.warnings[0].find("test:7: ring not closed"), std::string::npos);
}
