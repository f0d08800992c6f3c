// GCJ-02 against coordinate pairs that public implementations publish, and the inverse's round
// trip over all of China.
#include "landplan/gcj02.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace landplan;

namespace {

struct Pair {
  const char* where;
  gcj02::LonLat wgs84, gcj02;
};

// Published WGS 84 → GCJ-02 pairs:
// - googollee/eviltransform, c/test.c and python/test.py ("wgsLat, wgsLng, gcjLat, gcjLng");
// - wandergis/coordtransform, test/app.js (wgs84togcj02(116.404, 39.915)).
const Pair kPublished[] = {
    {"shanghai (eviltransform)", {121.5272106, 31.1774276}, {121.531541859215, 31.17530398364597}},
    {"shenzhen (eviltransform)", {113.912316, 22.543847}, {113.9171764808363, 22.540796131694766}},
    {"beijing (eviltransform)", {116.377817, 39.911954}, {116.38404722455657, 39.91334545536069}},
    {"beijing (coordtransform)", {116.404, 39.915}, {116.41024449916938, 39.91640428150164}},
};

// Distance in metres between nearby points (local flat approximation, ample for errors far
// below a metre).
double metres_between(gcj02::LonLat a, gcj02::LonLat b) {
  double lat = (a.lat + b.lat) / 2 * std::numbers::pi / 180;
  double dx = (a.lon - b.lon) * 111320.0 * std::cos(lat);
  double dy = (a.lat - b.lat) * 110574.0;
  return std::hypot(dx, dy);
}

}  // namespace

TEST(Gcj02, ForwardGivesThePublishedPairs) {
  for (const Pair& pair : kPublished) {
    gcj02::LonLat got = gcj02::from_wgs84(pair.wgs84);
    EXPECT_NEAR(got.lon, pair.gcj02.lon, 1e-9) << pair.where;
    EXPECT_NEAR(got.lat, pair.gcj02.lat, 1e-9) << pair.where;
  }
}

TEST(Gcj02, InverseGivesThePublishedWgs84) {
  for (const Pair& pair : kPublished) {
    gcj02::LonLat got = gcj02::to_wgs84(pair.gcj02);
    EXPECT_NEAR(got.lon, pair.wgs84.lon, 1e-9) << pair.where;
    EXPECT_NEAR(got.lat, pair.wgs84.lat, 1e-9) << pair.where;
    // The data moves by the offset: several hundred metres in these cities.
    EXPECT_GT(metres_between(got, pair.gcj02), 300.0) << pair.where;
    EXPECT_LT(metres_between(got, pair.gcj02), 800.0) << pair.where;
  }
}

TEST(Gcj02, InverseRoundTripsEverywhereInChinaBelowAMillimetre) {
  // A 0.5° grid over the whole box in which the obfuscation applies.
  double worst = 0.0;
  for (double lon = 72.5; lon < 137.5; lon += 0.5) {
    for (double lat = 1.0; lat < 55.5; lat += 0.5) {
      gcj02::LonLat gcj{lon, lat};
      gcj02::LonLat back = gcj02::from_wgs84(gcj02::to_wgs84(gcj));
      worst = std::max(worst, metres_between(back, gcj));
    }
  }
  EXPECT_LT(worst, 1e-3);  // measured: 1.6e-5 m (the iteration stops at 1e-10°)
  RecordProperty("worst_round_trip_m", std::to_string(worst));
}

TEST(Gcj02, OutsideChinaItIsWgs84) {
  for (gcj02::LonLat p : {gcj02::LonLat{139.6917, 35.6895},  // Tokyo: east of 137.8347°E
                          gcj02::LonLat{37.6173, 55.7558},   // Moscow
                          gcj02::LonLat{116.4, 56.0},        // north of 55.8271°N
                          gcj02::LonLat{71.9, 40.0}}) {      // west of 72.004°E
    EXPECT_TRUE(gcj02::outside_china(p));
    gcj02::LonLat forward = gcj02::from_wgs84(p), inverse = gcj02::to_wgs84(p);
    EXPECT_EQ(forward.lon, p.lon);
    EXPECT_EQ(forward.lat, p.lat);
    EXPECT_EQ(inverse.lon, p.lon);
    EXPECT_EQ(inverse.lat, p.lat);
  }
  EXPECT_FALSE(gcj02::outside_china({117.0, 41.0}));
}

TEST(Gcj02, NamesAreRecognisedInAnyCase) {
  EXPECT_TRUE(gcj02::is_gcj02_name("GCJ-02"));
  EXPECT_TRUE(gcj02::is_gcj02_name("gcj02"));
  EXPECT_FALSE(gcj02::is_gcj02_name("EPSG:4326"));
  EXPECT_FALSE(gcj02::is_gcj02_name("GCJ-2"));
}
