// Coordinate reference systems: a shared PROJ handle, bulk transforms, the working-CRS choice.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

struct PJconsts;

namespace landplan {

struct Ellipsoid {
  double semi_major_m = 0.0;
  double flattening = 0.0;
};

// An immutable CRS; empty when unknown. Copies share one PROJ object, so a Crs must not be used
// from two threads at once (PROJ objects are not thread-safe).
class Crs {
 public:
  Crs() = default;
  // The one parser of every CRS a user or a file writes: an authority code ("EPSG:4549",
  // "urn:ogc:def:crs:EPSG::4549", "http://www.opengis.net/def/crs/EPSG/0/4549"), WKT, PROJJSON,
  // a PROJ string ("+proj=…") or the exact name of one geographic or projected CRS. Never a
  // fuzzy name search; throws InputError naming `what` (the flag or key) if unusable.
  static Crs from_user_input(std::string_view text, const std::string& what = "CRS");

  bool empty() const { return !pj_; }
  std::string name() const;
  std::string id() const;  // "EPSG:4549" when the CRS carries an identifier, else ""
  std::string label() const;  // id if known, else name: what messages and reports show
  std::string wkt() const;    // WKT2
  bool is_geographic() const;
  Crs geographic() const;  // the geodetic (longitude/latitude) CRS underlying this one
  Ellipsoid ellipsoid() const;
  bool equivalent_to(const Crs& other) const;
  PJconsts* pj() const { return pj_.get(); }

  explicit Crs(std::shared_ptr<PJconsts> pj) : pj_(std::move(pj)) {}

 private:
  std::shared_ptr<PJconsts> pj_;
};

// Converts interleaved x,y arrays between two CRSs in bulk (proj_trans_generic), with axes in
// east, north order whatever the CRS's own axis order. Each Transformer has its own PROJ
// context: one per thread may run at once (copies share it, so not across threads).
class Transformer {
 public:
  Transformer(const Crs& from, const Crs& to);
  bool is_identity() const { return !pj_; }
  // Transforms in place; points that cannot be transformed become NaN. Returns how many failed.
  std::size_t transform(std::span<double> xy) const;

 private:
  std::shared_ptr<PJconsts> pj_;
};

// The CGCS2000 3-degree Gauss-Kruger zone (EPSG:4534–4554, no zone prefix) for a point in China;
// elsewhere the UTM zone on the datum of `data_crs`.
Crs working_crs_for(double lon, double lat, const Crs& data_crs);

}  // namespace landplan
