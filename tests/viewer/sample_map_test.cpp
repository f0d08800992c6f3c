// The bundled township rendered as the CLI does, checked at places found with GDAL directly
// (not through landplan): a farmland parcel shows its land-use colour, the reservoir's water
// shows over what it floods, its island (a hole) does not; identify names the same parcel; the
// scale bar's drawn length is what it says; village names are placed; the search lists the
// villages of the 三调 parcels.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <map>
#include <memory>

#include "display_environment.hpp"
#include "pixels.hpp"
#include "test_data.hpp"
#include "viewer/offscreen.hpp"
#include "viewer/panels.hpp"
#include "viewer/picking.hpp"

namespace landplan::viewer {
namespace {

const std::string kGpkg = std::string(test::kSampleDir) + "/sanzuodian.gpkg";
const std::string kProject = std::string(test::kSampleDir) + "/project.toml";

// The sample project's colours by DLMC, as written in its project.toml: each land use's
// first-level class colour.
const std::map<std::string, std::string> kLanduse = {
    {"水浇地", "#f5e88a"},     {"旱地", "#f5e88a"},     {"果园", "#d7c86a"},
    {"乔木林地", "#4f9a4f"},   {"其他草地", "#b5d98a"}, {"农村宅基地", "#f09a82"},
    {"设施农用地", "#d9d0c0"}, {"坑塘水面", "#9fd0ee"}, {"水库水面", "#9fd0ee"},
    {"公路用地", "#a6a6a6"}};

using test::hex;
using test::near;
using test::over;

// How many pixels of the 5×5 block around (x, y) have the colour: robust to a stray line.
int matching_around(const sf::Image& image, Point2 s, sf::Color colour) {
  int n = 0;
  for (int dy = -2; dy <= 2; ++dy)
    for (int dx = -2; dx <= 2; ++dx)
      if (near(image.getPixel(unsigned(s.x + dx), unsigned(s.y + dy)), colour)) ++n;
  return n;
}

std::unique_ptr<OGRGeometry> point_on_surface(const OGRGeometry* g) {
  OGRGeometryH h = OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(g)));
  return std::unique_ptr<OGRGeometry>(OGRGeometry::FromHandle(h));
}

struct Parcel {
  std::int64_t fid = -1;
  std::string landuse;
  double x = 0, y = 0;  // a point inside, EPSG:4549
};

// Reads the sample with OGR: the independent side of these tests.
class Sample {
 public:
  Sample() {
    GDALAllRegister();
    dataset_.reset(GDALDataset::Open(kGpkg.c_str(), GDAL_OF_VECTOR));
  }
  OGRLayer& layer(const char* name) { return *dataset_->GetLayerByName(name); }
  std::unique_ptr<OGRGeometry> union_of(const char* name) {
    std::unique_ptr<OGRGeometry> all(new OGRGeometryCollection);
    for (auto& f : layer(name))
      static_cast<OGRGeometryCollection*>(all.get())->addGeometry(f->GetGeometryRef());
    return all;
  }
  // The edges of the layer's polygons.
  std::unique_ptr<OGRGeometry> boundaries_of(const char* name) {
    auto edges = std::make_unique<OGRGeometryCollection>();
    for (auto& f : layer(name)) edges->addGeometryDirectly(f->GetGeometryRef()->Boundary());
    return edges;
  }
  // The parcel containing the point.
  Parcel parcel_at(double x, double y) {
    OGRPoint p(x, y);
    OGRLayer& parcels = layer("DLTB");
    parcels.SetSpatialFilter(&p);
    Parcel out;
    for (auto& f : parcels) {
      if (f->GetGeometryRef()->Contains(&p)) out = {f->GetFID(), f->GetFieldAsString("DLMC"), x, y};
    }
    parcels.SetSpatialFilter(nullptr);
    return out;
  }

 private:
  GDALDatasetUniquePtr dataset_;
};

class SampleMap : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    GDALAllRegister();
    map_ = new MapModel(load_map(kProject, {}));
  }
  static void TearDownTestSuite() { delete map_; }
  static MapModel* map_;
  Sample sample_;
  ViewTransform home_ = ViewTransform::fit(map_->extent, 1600, 1200);
};
MapModel* SampleMap::map_ = nullptr;

// A farmland parcel (水浇地 or 旱地) whose inside point is at least 120 m from every other
// layer's features, and from the edges of the layers drawn as outlines only (the control lines,
// village survey areas and the township), so nothing else is drawn there.
Parcel lonely_farmland(Sample& sample) {
  std::vector<std::unique_ptr<OGRGeometry>> others;
  for (const char* name :
       {"reservoir", "villages", "relocation_sites", "greenhouse_zones", "wells", "roads"})
    others.push_back(sample.union_of(name));
  for (const char* name : {"YJJBNTBHTB", "STBHHX", "CZKFBJ", "CJDCQ", "XZQ"})
    others.push_back(sample.boundaries_of(name));
  for (auto& f : sample.layer("DLTB")) {
    std::string landuse = f->GetFieldAsString("DLMC");
    if (landuse != "水浇地" && landuse != "旱地") continue;
    OGRGeometry* g = f->GetGeometryRef();
    if (static_cast<OGRSurface*>(g)->get_Area() < 20000) continue;  // ≥ 23 px across at home
    std::unique_ptr<OGRGeometry> inside = point_on_surface(g);
    bool lonely = true;
    for (auto& other : others) lonely = lonely && other->Distance(inside.get()) > 120;
    if (lonely) {
      auto* p = static_cast<OGRPoint*>(inside.get());
      return {f->GetFID(), landuse, p->getX(), p->getY()};
    }
  }
  return {};
}

TEST_F(SampleMap, FarmlandParcelShowsItsLandUseColourAndIdentifyFindsIt) {
  REQUIRE_DISPLAY();
  Parcel parcel = lonely_farmland(sample_);
  ASSERT_GE(parcel.fid, 0) << "the sample has no farmland parcel away from other layers";
  OffscreenMap offscreen(*map_, [] {
    RenderSettings s;
    s.antialiasing = 0;
    s.labels = s.decorations = false;
    return s;
  }());
  offscreen.draw(*map_, home_);
  sf::Image image = offscreen.image();
  Point2 s = home_.to_screen({parcel.x, parcel.y});
  EXPECT_GE(matching_around(image, s, hex(kLanduse.at(parcel.landuse))), 20) << parcel.landuse;
  auto hit = pick(*map_, home_, s);
  ASSERT_TRUE(hit);
  EXPECT_EQ(map_->layers[hit->layer].key, "parcels");
  EXPECT_EQ(map_->layers[hit->layer].data.fid(hit->feature), parcel.fid);
}

TEST_F(SampleMap, ReservoirShowsWaterAndItsIslandIsNotFilled) {
  REQUIRE_DISPLAY();
  sample_.layer("reservoir").ResetReading();
  std::unique_ptr<OGRFeature> reservoir(sample_.layer("reservoir").GetNextFeature());
  auto* polygon = static_cast<OGRPolygon*>(reservoir->GetGeometryRef());
  ASSERT_EQ(polygon->getNumInteriorRings(), 1);
  // Deep inside the water (the polygon shrunk by 200 m, island excluded), and on the island.
  OGRPolygon island;
  island.addRing(polygon->getInteriorRing(0));
  std::unique_ptr<OGRGeometry> deep(polygon->Buffer(-200));
  std::unique_ptr<OGRGeometry> water_point = point_on_surface(deep.get());
  auto* w = static_cast<OGRPoint*>(water_point.get());
  std::unique_ptr<OGRGeometry> island_core(island.Buffer(-30));
  std::unique_ptr<OGRGeometry> island_point = point_on_surface(island_core.get());
  auto* i = static_cast<OGRPoint*>(island_point.get());
  Parcel under_water = sample_.parcel_at(w->getX(), w->getY());
  Parcel on_island = sample_.parcel_at(i->getX(), i->getY());
  ASSERT_GE(under_water.fid, 0);
  ASSERT_GE(on_island.fid, 0);

  RenderSettings settings;
  settings.antialiasing = 0;
  settings.labels = settings.decorations = false;
  OffscreenMap offscreen(*map_, settings);
  Box both;  // zoomed in on the two places
  both.extend(i->getX() - 400, i->getY() - 300);
  both.extend(i->getX() + 400, i->getY() + 300);
  both.extend(w->getX() - 100, w->getY() - 100);
  both.extend(w->getX() + 100, w->getY() + 100);
  ViewTransform view = ViewTransform::fit(both, 1600, 1200);
  offscreen.draw(*map_, view);
  sf::Image image = offscreen.image();
  sf::Color water = over(hex(kLanduse.at(under_water.landuse)), hex("#4a90d9"), 0.55);
  EXPECT_GE(matching_around(image, view.to_screen({w->getX(), w->getY()}), water), 20);
  sf::Color land = hex(kLanduse.at(on_island.landuse));  // the hole shows the parcel as it is
  Point2 island_screen = view.to_screen({i->getX(), i->getY()});
  EXPECT_GE(matching_around(image, island_screen, land), 20) << on_island.landuse;
  EXPECT_EQ(matching_around(image, island_screen, over(land, hex("#4a90d9"), 0.55)), 0);
}

TEST_F(SampleMap, ScaleBarIsAsLongAsItSaysAndVillagesAreNamed) {
  REQUIRE_DISPLAY();
  RenderSettings settings;
  settings.antialiasing = 0;
  OffscreenMap offscreen(*map_, settings);
  FrameResult frame = offscreen.draw(*map_, home_);
  sf::Image image = offscreen.image();
  ASSERT_TRUE(frame.layout.scale_bar);
  double stated_m = frame.layout.scale_bar_length_m;
  // The stated length is a round number: 1, 2 or 5 × 10ⁿ metres.
  double lead = stated_m / std::pow(10.0, std::floor(std::log10(stated_m)));
  EXPECT_TRUE(std::abs(lead - 1) < 1e-9 || std::abs(lead - 2) < 1e-9 || std::abs(lead - 5) < 1e-9);
  // Measure the bar in the picture: the row of its box with the most dark pixels is the bar's
  // outlined edge, dark from end to end (text rows are sparse).
  const Rect& box = *frame.layout.scale_bar;
  int best_row_length = 0, best_row_dark = 0;
  for (unsigned y = unsigned(box.y) + 2; y + 2 < unsigned(box.y + box.h); ++y) {
    int first = -1, last = -1, dark = 0;
    for (unsigned x = unsigned(box.x) + 2; x + 2 < unsigned(box.x + box.w); ++x) {
      sf::Color c = image.getPixel(x, y);
      if (c.r < 60 && c.g < 60 && c.b < 60) {
        if (first < 0) first = int(x);
        last = int(x);
        ++dark;
      }
    }
    if (dark > best_row_dark) best_row_dark = dark, best_row_length = last - first + 1;
  }
  double drawn_m = best_row_length * home_.metres_per_pixel();
  EXPECT_NEAR(drawn_m, stated_m, 2 * home_.metres_per_pixel())
      << "bar drawn " << best_row_length << " px";
  EXPECT_GE(frame.labels, 20u);  // 20 villages and more
}

TEST_F(SampleMap, SearchListsEachVillageOfTheParcelsWithTheExtentOfItsParcels) {
  // The DLTB layer names its villages in ZLDWMC, with no `fields` mapping in project.toml.
  std::map<std::string, OGREnvelope> expected;
  for (auto& f : sample_.layer("DLTB")) {
    OGREnvelope e;
    f->GetGeometryRef()->getEnvelope(&e);
    expected[f->GetFieldAsString("ZLDWMC")].Merge(e);
  }
  ASSERT_EQ(expected.size(), 20u);
  std::map<std::string, Box> found;
  for (const Place& place : searchable_places(*map_))
    if (place.kind == "村界（地块）") found[place.name] = place.box;
  ASSERT_EQ(found.size(), expected.size());
  for (const auto& [village, e] : expected) {
    ASSERT_TRUE(found.contains(village)) << village;
    const Box& box = found[village];
    EXPECT_NEAR(box.minx, e.MinX, 1e-6) << village;
    EXPECT_NEAR(box.miny, e.MinY, 1e-6) << village;
    EXPECT_NEAR(box.maxx, e.MaxX, 1e-6) << village;
    EXPECT_NEAR(box.maxy, e.MaxY, 1e-6) << village;
  }
}

}  // namespace
}  // namespace landplan::viewer
