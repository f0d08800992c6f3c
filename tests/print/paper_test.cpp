// Paper sizes (ISO 216), the standard scale series, grid spacing and labels, and the CRS notes
// of a sheet.
#include "paper.hpp"

#include <gtest/gtest.h>

#include "support/fixtures.hpp"

using namespace landplan;
using namespace landplan::print;

TEST(Paper, IsoSizesInMillimetresPortraitOrLandscape) {
  EXPECT_EQ(paper_of("A4").width_mm, 210);
  EXPECT_EQ(paper_of("A4").height_mm, 297);
  EXPECT_EQ(paper_of("a3-landscape").width_mm, 420);
  EXPECT_EQ(paper_of("A3-landscape").height_mm, 297);
  EXPECT_EQ(paper_of("A0").height_mm, 1189);
  EXPECT_EQ(test::input_error_of([] { paper_of("Letter"); }),
            "--paper: 'Letter' is not a paper size — use A4, A3, A2, A1 or A0, with -landscape "
            "for landscape (A3-landscape)");
  EXPECT_NE(test::input_error_of([] { paper_of("A5"); }), "(no error)");
}

TEST(Paper, FittedScalesRoundUpToTheChineseSeries) {
  EXPECT_EQ(standard_scale_at_least(420), 500);
  EXPECT_EQ(standard_scale_at_least(500), 500);
  EXPECT_EQ(standard_scale_at_least(501), 1000);
  EXPECT_EQ(standard_scale_at_least(1900), 2000);
  EXPECT_EQ(standard_scale_at_least(2100), 2500);
  EXPECT_EQ(standard_scale_at_least(2600), 5000);
  EXPECT_EQ(standard_scale_at_least(9999), 10000);
  EXPECT_EQ(standard_scale_at_least(10001), 25000);  // no 1:20000 in the series
  EXPECT_EQ(standard_scale_at_least(34000), 50000);
  EXPECT_EQ(standard_scale_at_least(60000), 100000);
  EXPECT_EQ(standard_scale_at_least(110000), 250000);
}

TEST(Paper, GridIsTenCentimetresOnPaperWithAtLeastThreeLines) {
  EXPECT_EQ(grid_interval(10000, 400), 1000);  // the kilometre grid of 1:10000
  EXPECT_EQ(grid_interval(2000, 400), 200);
  EXPECT_EQ(grid_interval(10000, 240), 500);  // 2.4 km across: closer lines
  EXPECT_EQ(grid_label(4696500, 500), "4696.5");
  EXPECT_EQ(grid_label(4696000, 1000), "4696");
  EXPECT_EQ(grid_label(408250, 250), "408.25");
}

TEST(Paper, NotesNameTheDatumAndTheGaussKrugerZone) {
  Crs cm120 = Crs::from_user_input("EPSG:4549", "test");
  EXPECT_EQ(datum_note(cm120), "2000国家大地坐标系（EPSG:4549）");
  EXPECT_EQ(projection_note(cm120), "高斯-克吕格投影，3°分带，中央经线 120°E");
  // EPSG:4528: CGCS2000 / 3-degree Gauss-Kruger zone 40, central meridian 3 × 40 = 120°E.
  EXPECT_EQ(projection_note(Crs::from_user_input("EPSG:4528", "test")),
            "高斯-克吕格投影，3°分带，第 40 带（中央经线 120°E）");
}
